import { z } from 'zod';
import { blobSchema, photoCheckSchema } from './analysis';

/** What the panel asks the photo worker, and what comes back (validated by the bridge). */
export interface PhotoWorkerRequest {
  /** The attachment's bytes, fetched by the panel (Blob posts without copying). */
  blob: Blob;
}

export const photoWorkerResponseSchema = z.object({
  check: photoCheckSchema,
  /** A small JPEG for the panel (about 160 px); null when the photo could not be decoded. */
  thumbnail: blobSchema.nullable(),
});
export type PhotoWorkerResponse = z.infer<typeof photoWorkerResponseSchema>;
