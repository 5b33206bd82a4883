import { render } from 'preact';
import { installBrowserMessages } from '../../src/shell/i18n';
import { applyPageStyles } from '../../src/ui/styles';
import { Onboarding } from './Onboarding';
import { onboardingCss } from './onboarding-css';

installBrowserMessages();
applyPageStyles(document);
const style = document.createElement('style');
style.textContent = onboardingCss;
document.head.append(style);
render(<Onboarding />, document.getElementById('app') as HTMLElement);
