import smartphone from '../../checklist/categories/smartphone';
import { photoRequestTemplate } from './shared/photo-request';

/** The smartphone checklist's seven shots as a first photo request (see shared/photo-request.ts). */
export default photoRequestTemplate(smartphone);
