import tablet from '../../checklist/categories/tablet';
import { photoRequestTemplate } from './shared/photo-request';

/** The tablet checklist's seven shots as a first photo request (see shared/photo-request.ts). */
export default photoRequestTemplate(tablet);
