/** The key-event field of the event schema: valid annotations and the editor's messages. */
import { describe, expect, it } from 'vitest';
import { ANNOTATION_MAX_LENGTH, eventSchema } from '../../../src/schemas/event.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = eventSchema(plainReference);

const valid = {
  title: 'Parade for the party anniversary',
  summary: 'Pyongyang holds a parade.',
  date: { precision: 'day', value: '2025-10-10' },
  category: 'party-channel',
  countries: ['prk'],
  sources: [{ article: 'rogue-state-alliance-asean', quote: 'Kim Il Sung Square' }],
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event schema: key', () => {
  it('is optional: an event without it is not a key event', () => {
    expect(schema.parse(valid).key).toBeUndefined();
  });

  it('accepts an annotation of one or two full sentences, trimmed', () => {
    const data = schema.parse({ ...valid, key: { annotation: '  Four sources report the parade. The tiers article says it was the largest.  ' } });
    expect(data.key).toEqual({ annotation: 'Four sources report the parade. The tiers article says it was the largest.' });
    expect(messages({ ...valid, key: { annotation: 'DW writes that the visit was "historic."' } })).toEqual([]);
  });

  it('asks for an object with an annotation when given something else', () => {
    const message = 'key: Write key as { annotation: "One or two full sentences." }, or leave it out for an event that is not a key event.';
    expect(messages({ ...valid, key: true })).toEqual([message]);
    expect(messages({ ...valid, key: 'A sentence.' })).toEqual([message]);
  });

  it('requires the annotation and names unknown fields', () => {
    expect(messages({ ...valid, key: {} })).toEqual(['key.annotation: Write the annotation (one or two full sentences) as text.']);
    expect(messages({ ...valid, key: { annotation: '   ' } })).toEqual(['key.annotation: Write the annotation (one or two full sentences); it must not be empty.']);
    expect(messages({ ...valid, key: { annotation: 'A sentence.', note: 'x' } })).toEqual(['key: Unknown field "note" in key: it takes only annotation.']);
  });

  it('rejects a label instead of a sentence, and an overlong paragraph', () => {
    expect(messages({ ...valid, key: { annotation: 'Parade' } })).toEqual(['key.annotation: End the annotation with a full stop: it is a full sentence, not a label.']);
    expect(messages({ ...valid, key: { annotation: 'parade held.' } })).toEqual(['key.annotation: Start the annotation with a capital letter: it is a full sentence.']);
    expect(messages({ ...valid, key: { annotation: `${'A long sentence '.repeat(20)}.` } })).toEqual([
      `key.annotation: Keep the annotation under ${ANNOTATION_MAX_LENGTH} characters: one or two sentences beside the chart.`,
    ]);
  });
});
