import { describe, expect, it } from 'vitest';
import { EDITOR_FORMATTING, STRIKE_BUDGETS, strikeKey, strikesOverBudget, textStrikes, type TextStyle } from '../../src/lib/text-strikes';

const UI = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BODY = 'Charter, Georgia, serif';
const t = (family: string, size: string, weight = '400', style = 'normal'): TextStyle => ({ family, size, weight, style });

describe('textStrikes', () => {
  it('counts each stack, size, weight and style once', () => {
    const strikes = textStrikes([t(BODY, '18px'), t(BODY, '18px'), t(UI, '15px'), t(UI, '15px', '700'), t(BODY, '18px', '400', 'italic'), t(UI, '13px')]);
    expect(strikes).toEqual([`13px 400 normal ${UI}`, `15px 400 normal ${UI}`, `15px 700 normal ${UI}`, `18px 400 italic ${BODY}`, `18px 400 normal ${BODY}`]);
  });
  it('counts stacks that start alike apart, and names each in full: each stack resolves its own families', () => {
    const strikes = textStrikes([t(UI, '15px'), t('system-ui, sans-serif', '15px')]);
    expect(strikes).toHaveLength(2);
    expect(new Set(strikes).size).toBe(2);
  });
  it('keys a strike by size, weight, style and the whole stack', () => {
    expect(strikeKey(t('"Noto Sans Myanmar", system-ui', '18px'))).toBe('18px 400 normal "Noto Sans Myanmar", system-ui');
  });
  it('is empty for a page without text', () => {
    expect(textStrikes([])).toEqual([]);
  });
});

describe('strikesOverBudget', () => {
  const strikes = (n: number) => Array.from({ length: n }, (_, i) => `${10 + i}px 400 normal ${UI}`);
  it('passes a page at its budget and fails it one over, naming page, count, budget, strikes and what to do', () => {
    const budget = STRIKE_BUDGETS.topic!;
    expect(strikesOverBudget('/topics/energy/', 'topic', strikes(budget))).toBeUndefined();
    const message = strikesOverBudget('/topics/energy/', 'topic', strikes(budget + 1));
    expect(message).toContain(`/topics/energy/: ${budget + 1} text strikes, budget ${budget} for a topic page`);
    expect(message).toContain(`${10 + budget}px 400 normal ${UI}`);
    expect(message).toContain('raise the budget');
  });
  it('has budgets for the pages Lighthouse judges, and none for other kinds', () => {
    expect(Object.keys(STRIKE_BUDGETS).sort()).toEqual(['article', 'section', 'topic']);
    expect(strikesOverBudget('/', 'home', strikes(50))).toBeUndefined();
  });
});

describe('EDITOR_FORMATTING', () => {
  it('covers what Markdown and GFM make of formatted text, and not the citation markers or paragraphs', () => {
    const tags = EDITOR_FORMATTING.split(',').map((s) => s.trim());
    for (const tag of ['em', 'strong', 'code', 'pre', 'del', 'blockquote', 'table', 'h3']) expect(tags).toContain(tag);
    for (const tag of ['sup', 'a', 'p', 'li', 'h2']) expect(tags).not.toContain(tag);
  });
});
