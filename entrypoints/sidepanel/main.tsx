import { render } from 'preact';
import { App } from './app';
// The palette and the help look the same here as over the platform page: one stylesheet for both.
import '@/entrypoints/platform.content/overlay.css';
import { applyInterfaceLanguage, watchInterfaceLanguage } from '@/utils/extension/interface-language';
import './style.css';

// The interface speaks the language the options choose (or the browser's); a change there re-renders the panel in it.
const root = document.getElementById('app')!;
void applyInterfaceLanguage().then((language) => {
  render(<App key={language} />, root);
  watchInterfaceLanguage((next) => render(<App key={next} />, root), language);
});
