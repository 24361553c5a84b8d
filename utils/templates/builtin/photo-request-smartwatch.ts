import smartwatch from '../../checklist/categories/smartwatch';
import { photoRequestTemplate } from './shared/photo-request';

/** The smartwatch checklist's seven shots as a first photo request (see shared/photo-request.ts). */
export default photoRequestTemplate(smartwatch);
