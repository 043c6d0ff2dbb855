// Entry of the test-only build (E2E=1, dist-e2e/): mounts the pane on a gateway the browser test
// provides as window.__ctaTestGateway. Placeholder: the browser test author completes it.
// Never part of the production bundle (webpack.config.js selects it only for the E2E build).
import type { WorkbookGateway } from './gateway';
import { mountApp, mountNotice } from './mount';

declare global {
  interface Window {
    __ctaTestGateway?: WorkbookGateway;
  }
}

const container = document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
const gateway = window.__ctaTestGateway;
if (gateway) {
  mountApp(container, gateway);
} else {
  mountNotice(container, 'Test build: no gateway. Set window.__ctaTestGateway before this script runs.');
}
