// A ref that is false once the component is gone, so late promise results are dropped.
import { useEffect, useRef } from 'react';

export function useMounted(): { readonly current: boolean } {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
