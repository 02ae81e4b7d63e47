// @vitest-environment jsdom
// jsdom: cleanSrcdoc purifies with DOMPurify, which needs a window.
import { describe, expect, it } from 'vitest';
import { cleanSrcdoc } from '../../../renderer/components/srcdoc.ts';
import { directionOfLang } from '../../../renderer/components/text-direction.ts';

describe('writing direction from the article language', () => {
  it('is right to left for Arabic, Hebrew and Persian tags, whatever their region or case', () => {
    expect(['ar', 'he', 'fa-IR', 'AR_eg', 'yi'].map(directionOfLang)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
  });

  it('says nothing for left-to-right, unknown or missing languages', () => {
    expect(['en', 'ru', 'zh-CN', 'arn', ''].map(directionOfLang)).toEqual([null, null, null, null, null]);
    expect(directionOfLang(null)).toBeNull();
  });

  it('lays out the reader right to left for an Arabic article that declared no dir of its own', () => {
    expect(cleanSrcdoc('<p>مرحبا</p>', 'ar')).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/u);
    expect(cleanSrcdoc('<p>Hello</p>', 'en')).toMatch(/^<!doctype html><html lang="en">/u);
  });
});
