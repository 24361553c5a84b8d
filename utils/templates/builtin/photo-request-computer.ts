import computer from '../../checklist/categories/computer';
import { photoRequestTemplate } from './shared/photo-request';

/** The computer checklist's seven shots as a first photo request (see shared/photo-request.ts). */
export default photoRequestTemplate(computer);
