// Request-size arithmetic. Excel on the web rejects a request over 5 MB, so writes aim at about
// 1 MB per sync and never plan one above the hard cap.

export const TARGET_REQUEST_BYTES = 1_000_000;
export const HARD_CAP_REQUEST_BYTES = 3_500_000;
/** Smallest budget worth retrying with after payload errors; below it the write gives up. */
export const MIN_REQUEST_BYTES = 8_000;
/** Reads aim well under the 5 MB response limit. */
export const TARGET_RESPONSE_BYTES = 2_000_000;
/** Estimated bytes of one queued range operation (object path, address, property name). */
export const OPERATION_BYTES = 160;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a cell value adds to a JSON request: the value, its quotes and escapes, and a separator. */
export function cellBytes(value: string | number | boolean): number {
  if (typeof value !== 'string') return String(value).length + 1;
  let extra = 3;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) extra += 1;
    else if (c < 0x20) extra += 5;
  }
  return utf8Length(value) + extra;
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

export function isRequestTooLarge(error: unknown): boolean {
  return errorCode(error) === 'RequestPayloadSizeLimitExceeded' || /request payload size/i.test(String((error as Error)?.message ?? ''));
}

/**
 * Excel on the web has also answered oversize batches with GeneralException
 * (https://github.com/OfficeDev/office-js/issues/1314, office-js-docs-reference#354): a batch over this
 * many bytes that fails so is sent once more at half the size.
 */
export const GENERAL_EXCEPTION_RETRY_BYTES = 500_000;

export function isGeneralException(error: unknown): boolean {
  return errorCode(error) === 'GeneralException';
}

export function isResponseTooLarge(error: unknown): boolean {
  return errorCode(error) === 'ResponsePayloadSizeLimitExceeded' || /response payload size/i.test(String((error as Error)?.message ?? ''));
}
