import { describe, expect, it } from 'vitest';
import {
  blocksNavigation,
  externalLinkTarget,
  grantsPermission,
} from '../../../main/shell/navigation-policy.ts';

describe('externalLinkTarget (what a click may open in the user’s browser)', () => {
  it('opens parsed http and https links, normalized', () => {
    expect(externalLinkTarget('https://news.example/story?id=1')).toBe('https://news.example/story?id=1');
    expect(externalLinkTarget('HTTP://News.Example')).toBe('http://news.example/');
  });

  it('opens nothing else: script, file, data, custom schemes and junk', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'blob:http://evil.test/1',
      'smb://evil.test/share',
      'ms-msdt:/id',
      'vbscript:msgbox(1)',
      '//evil.test/',
      'not a url',
      '',
    ]) {
      expect(externalLinkTarget(raw), raw).toBeNull();
    }
  });
});

describe('blocksNavigation', () => {
  it('stops every navigation of the main window', () => {
    for (const url of ['https://evil.test/', 'file:///etc/passwd', 'about:blank', 'about:srcdoc']) {
      expect(blocksNavigation(url, true), url).toBe(true);
    }
  });

  it('lets a reader frame load only its srcdoc or a blank page, never the web, a file or data', () => {
    expect(blocksNavigation('about:srcdoc', false)).toBe(false);
    expect(blocksNavigation('about:blank', false)).toBe(false);
    for (const url of [
      'http://link.marker.test/story',
      'https://evil.test/',
      'file:///etc/passwd',
      'data:text/html,x',
      'javascript:alert(1)',
      'about:srcdoc#x?',
    ]) {
      expect(blocksNavigation(url, false), url).toBe(true);
    }
  });
});

describe('grantsPermission', () => {
  it('refuses every permission a page asks for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      expect(grantsPermission(permission), permission).toBe(false);
    }
  });
});
