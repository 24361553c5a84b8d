import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformContentMatches } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: platformContentMatches(),
  main() {},
});
