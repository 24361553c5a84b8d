import { render } from 'preact';
import { App } from './app';
// The palette and the help look the same here as over the platform page: one stylesheet for both.
import '@/entrypoints/platform.content/overlay.css';
import './style.css';

render(<App />, document.getElementById('app')!);
