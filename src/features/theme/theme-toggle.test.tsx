// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';
import { parseTheme } from './theme-store.ts';
import { ThemeToggle } from './theme-toggle.tsx';

describe('the Dark theme switch', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
  });

  it('follows the system until the viewer chooses, then puts the choice on the page and keeps it', async () => {
    render(<ThemeToggle />);
    const toggle = screen.getByRole('switch', { name: 'Dark theme' });
    // The test setup's system theme is light.
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(parseTheme(localStorage.getItem(STORAGE_KEYS.theme))).toBe('dark');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('parseTheme', () => {
  it('keeps a stored choice and turns anything else into "no choice"', () => {
    expect(parseTheme('"dark"')).toBe('dark');
    expect(parseTheme('"light"')).toBe('light');
    for (const junk of [null, '', 'dark', '"purple"', '{not json', '["dark"]']) expect(parseTheme(junk)).toBeNull();
  });
});
