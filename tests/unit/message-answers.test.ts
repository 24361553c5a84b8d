// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  contentToBackgroundAnswers,
  contentToBackgroundSchema,
  panelToContentAnswers,
  panelToContentSchema,
  parseAnswer,
  UnusableAnswerError,
} from '@/utils/messages';
import { answerContent, answerPanel } from '@/utils/extension/messaging';

const typesOf = (schema: { options: readonly { shape: { type: { value: string } } }[] }) =>
  schema.options.map((option) => option.shape.type.value).sort();

describe('each message type is paired with its answer', () => {
  it('every request a content script or the background receives has an answer schema, and no answer is left over', () => {
    expect(Object.keys(panelToContentAnswers).sort()).toEqual(typesOf(panelToContentSchema));
    expect(Object.keys(contentToBackgroundAnswers).sort()).toEqual(typesOf(contentToBackgroundSchema));
  });

  it('gives the sender the parsed answer', () => {
    const answer = parseAnswer('panel->content:teach-key', panelToContentAnswers['panel->content:teach-key'], {
      highlighted: 'the reply box',
      extra: 1,
    });
    expect(answer).toEqual({ highlighted: 'the reply box' });
  });

  it('refuses an answer that does not fit, naming its fields, and tells a missing answer apart', () => {
    const schema = panelToContentAnswers['panel->content:insert-text'];
    expect(() => parseAnswer('panel->content:insert-text', schema, { ok: true, method: 'innerHTML' })).toThrow(/does not fit \(method\)/);
    const missing = (() => {
      try {
        parseAnswer('panel->content:insert-text', schema, undefined);
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(UnusableAnswerError);
    expect((missing as UnusableAnswerError).fields).toEqual([]);
  });

  it('reads an abbreviation’s replacement like any page action: done, or why not', () => {
    const schema = panelToContentAnswers['panel->content:replace-abbreviation'];
    expect(parseAnswer('r', schema, { ok: true, method: 'execCommand' })).toEqual({ ok: true });
    expect(parseAnswer('r', schema, { ok: false, reason: 'refused', message: 'another conversation' })).toEqual({
      ok: false,
      message: 'another conversation',
    });
  });

  it('holds receivers to the same contract: an answer its sender would refuse does not compile', async () => {
    // @ts-expect-error an insertion's answer says how it inserted
    const insertion = answerPanel('panel->content:insert-text', { ok: true });
    // @ts-expect-error the keyboard config is not a page action result
    const config = answerContent('content->background:keyboard-config', { ok: true });
    // What the type checker refuses, the sender's parse refuses too.
    expect(() => parseAnswer('panel->content:insert-text', panelToContentAnswers['panel->content:insert-text'], { ok: true })).toThrow(
      UnusableAnswerError,
    );
    await expect(insertion).resolves.toEqual({ ok: true });
    await config;
    await expect(answerPanel('panel->content:focus-composer', { ok: true })).resolves.toEqual({ ok: true });
  });
});
