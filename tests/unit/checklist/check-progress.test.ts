import { describe, expect, it } from 'vitest';
import { bodyVariables, photoCheckFinished, settledPhotoRequest, waitingForPhotoCheck } from '@/utils/checklist/check-progress';

const checking = { progress: { done: 3, total: 7 }, error: null, summary: { request: 'partial request' } };
const finished = { progress: { done: 7, total: 7 }, error: null, summary: { request: 'full request' } };

describe('photo check progress', () => {
  it('gives no request while a photo is still being checked, and the full one after', () => {
    expect(settledPhotoRequest(checking)).toBeNull();
    expect(settledPhotoRequest(finished)).toBe('full request');
  });

  it('counts a stopped check as finished, so drafts are not held forever', () => {
    expect(photoCheckFinished({ progress: { done: 2, total: 7 }, error: 'The photo check stopped' })).toBe(true);
  });

  it('refuses a reply that needs the checklist while checking, with the progress', () => {
    expect(waitingForPhotoCheck(['missing_shots'], checking)).toMatch(/still being checked \(3 of 7 photos checked\)/);
    expect(waitingForPhotoCheck(['reshoot_shots', 'imei'], checking)).not.toBeNull();
  });

  it('finds the checklist in a template that uses it only in optional sections', () => {
    const body = 'Hi {{first_name}},{{#missing_shots}}\n- {{.}}{{/missing_shots}}';
    expect(waitingForPhotoCheck(bodyVariables(body), checking)).not.toBeNull();
    expect(waitingForPhotoCheck(bodyVariables('Hi {{first_name}}'), checking)).toBeNull();
  });

  it('does not blame the photo check for a reply that needs something else, or once it finished', () => {
    expect(waitingForPhotoCheck(['imei'], checking)).toBeNull();
    expect(waitingForPhotoCheck(['missing_shots'], finished)).toBeNull();
  });
});

describe('attachments waiting for their host', () => {
  const done = { progress: { done: 7, total: 7 }, error: null };
  it('hold the photo request back until the host is allowed, saying which', () => {
    const state = { ...done, accessRequests: [{ host: 'cdn.example.com', attachments: 2 }] };
    expect(waitingForPhotoCheck(['missing_shots'], state)).toMatch(/2 attachments need access to cdn\.example\.com/);
    expect(settledPhotoRequest({ ...state, summary: { request: 'request' } })).toBeNull();
    // A reply that uses nothing from the checklist is not held back.
    expect(waitingForPhotoCheck(['first_name'], state)).toBeNull();
  });
  it('let it through once every attachment could be fetched', () => {
    expect(waitingForPhotoCheck(['missing_shots'], { ...done, accessRequests: [] })).toBeNull();
    expect(settledPhotoRequest({ ...done, accessRequests: [], summary: { request: 'request' } })).toBe('request');
  });
});
