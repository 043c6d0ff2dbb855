// Production entry of the task pane: waits for Office, then mounts the pane on the Office.js gateway.
import { createOfficeGateway } from '../excel/office-gateway';
import { markStarted, whenOfficeReady } from './boot';
import { mountApp, mountNotice, paneContainer } from './mount';

const NOT_IN_EXCEL = 'This pane works inside Excel. Open a workbook in Excel and select Screen suppliers on the Home tab.';
const NO_OFFICE_JS = 'Office could not be loaded. Check your connection, then close and reopen the pane from Excel (Home tab, Screen suppliers).';

markStarted();
if (typeof Office === 'undefined') {
  mountNotice(paneContainer(), NO_OFFICE_JS);
} else {
  whenOfficeReady(Office, ({ host }) => {
    if (host !== Office.HostType.Excel) {
      mountNotice(paneContainer(), NOT_IN_EXCEL);
      return;
    }
    try {
      mountApp(paneContainer(), createOfficeGateway());
    } catch {
      mountNotice(paneContainer(), 'The pane could not connect to this workbook. Close the pane and open it again from the Home tab.');
    }
  });
}
