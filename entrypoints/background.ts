// Context menu, shortcut and badge; everything else happens in the views (utils/background-checks.ts).
import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '../utils/background-checks';

export default defineBackground(() => {
  registerBackground();
});
