import { render } from 'preact';
import { installBrowserMessages } from '../../src/shell/i18n';
import { applyPageStyles } from '../../src/ui/styles';
import { Popup } from './Popup';
import { popupCss } from './popup-css';

installBrowserMessages();
applyPageStyles(document);
const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);
const params = new URLSearchParams(location.search);
// ?tab=<id> shows a given tab's status when the popup is opened as a page (keyboard users, tests).
const tab = Number.parseInt(params.get('tab') ?? '', 10);
render(
  <Popup
    inWindow={params.has('window')}
    tabId={Number.isFinite(tab) ? tab : undefined}
    offerId={params.get('offer')}
  />,
  document.getElementById('app') as HTMLElement,
);
