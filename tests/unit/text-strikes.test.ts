import { describe, expect, it } from 'vitest';
import { STRIKE_BUDGETS, strikeKey, strikesOverBudget, textStrikes, type TextStyle } from '../../src/lib/text-strikes';

const UI = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BODY = 'Charter, Georgia, serif';
const t = (family: string, size: string, weight = '400', style = 'normal'): TextStyle => ({ family, size, weight, style });

describe('textStrikes', () => {
  it('counts each stack, size, weight and style once', () => {
    const strikes = textStrikes([t(BODY, '18px'), t(BODY, '18px'), t(UI, '15px'), t(UI, '15px', '700'), t(BODY, '18px', '400', 'italic'), t(UI, '13px')]);
    expect(strikes).toEqual(['13px 400 normal system-ui', '15px 400 normal system-ui', '15px 700 normal system-ui', '18px 400 italic Charter', '18px 400 normal Charter']);
  });
  it('counts stacks that start alike apart: each stack resolves its own families', () => {
    expect(textStrikes([t(UI, '15px'), t('system-ui, sans-serif', '15px')])).toHaveLength(2);
  });
  it('names the first family without its quotes', () => {
    expect(strikeKey(t('"Noto Sans Myanmar", system-ui', '18px'))).toBe('18px 400 normal Noto Sans Myanmar');
  });
  it('is empty for a page without text', () => {
    expect(textStrikes([])).toEqual([]);
  });
});

describe('strikesOverBudget', () => {
  const strikes = (n: number) => Array.from({ length: n }, (_, i) => `${10 + i}px 400 normal system-ui`);
  it('passes a page at its budget and fails it one over, naming page, count, budget and strikes', () => {
    const budget = STRIKE_BUDGETS.topic!;
    expect(strikesOverBudget('/topics/energy/', 'topic', strikes(budget))).toBeUndefined();
    const message = strikesOverBudget('/topics/energy/', 'topic', strikes(budget + 1));
    expect(message).toContain(`/topics/energy/: ${budget + 1} text strikes, budget ${budget} for a topic page`);
    expect(message).toContain(`${10 + budget}px 400 normal system-ui`);
  });
  it('has budgets for the pages Lighthouse judges, and none for other kinds', () => {
    expect(Object.keys(STRIKE_BUDGETS).sort()).toEqual(['article', 'section', 'topic']);
    expect(strikesOverBudget('/', 'home', strikes(50))).toBeUndefined();
  });
});
