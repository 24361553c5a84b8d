import other from '../../checklist/categories/other';
import { photoRequestTemplate } from './shared/photo-request';

/** The seven shots of the checklist for other items as a first photo request (see shared/photo-request.ts). */
export default photoRequestTemplate(other);
