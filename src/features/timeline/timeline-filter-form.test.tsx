// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimelineFilterForm, type FilterOptions } from './timeline-filter-form.tsx';
import { NO_FILTERS } from './timeline-filters.ts';

const options: FilterOptions = {
  categories: new Map([['casting', 2], ['release', 4]]),
  characters: [{ id: 'nick-nelson', name: 'Nick Nelson', count: 3 }],
  years: [{ year: '2022', count: 5 }],
  episodes: [{ id: 's2e1', label: 'S2 · E1 New Term' }],
};

type Props = ComponentProps<typeof TimelineFilterForm>;

const renderForm = (props: Partial<Omit<Props, 'onChange' | 'onOrderChange'>> = {}) => {
  const onChange = vi.fn<Props['onChange']>();
  const onOrderChange = vi.fn<Props['onOrderChange']>();
  const all: Props = { filters: NO_FILTERS, options, order: 'release', disabled: false, paged: false, ...props, onChange, onOrderChange };
  return { ...render(<TimelineFilterForm {...all} />), props: all, onChange, onOrderChange };
};

const filtersButton = () => screen.getByRole('button', { name: /^Filters/ });

describe('the order', () => {
  it('is a radio group first in the form, reflecting `order`', () => {
    const { rerender, props } = renderForm({ order: 'story' });
    const group = screen.getByRole('group', { name: 'Order' });
    expect(screen.getByRole('form', { name: 'Filter the timeline' }).querySelector('fieldset')).toBe(group);
    expect(within(group).getByRole('radio', { name: 'In story order' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'By release date' })).not.toBeChecked();

    rerender(<TimelineFilterForm {...props} order="release" />);
    expect(within(group).getByRole('radio', { name: 'By release date' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'In story order' })).not.toBeChecked();
  });

  it('reports the order chosen, and nothing when the chosen one is clicked again', async () => {
    const { onOrderChange } = renderForm({ order: 'release' });
    await userEvent.click(screen.getByRole('radio', { name: 'In story order' }));
    expect(onOrderChange).toHaveBeenCalledExactlyOnceWith('story');

    onOrderChange.mockClear();
    await userEvent.click(screen.getByRole('radio', { name: 'By release date' }));
    expect(onOrderChange).not.toHaveBeenCalled();
  });
});

describe('the "Filters" button', () => {
  it('shows and hides the rest of the form, which it names in aria-controls', async () => {
    renderForm();
    const button = filtersButton();
    expect(button).toHaveAccessibleName('Filters');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('group', { name: 'What happened' })).toBeInTheDocument();
    expect(within(panel).queryByRole('group', { name: 'Order' })).not.toBeInTheDocument();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-open');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toHaveAttribute('data-open');
  });

  it('counts the active filters, one per chip, in its name and its text', () => {
    renderForm({ filters: { ...NO_FILTERS, categories: ['casting', 'release'], year: '2022', to: 's2e1' } });
    expect(filtersButton()).toHaveAccessibleName('Filters, 4 active');
    expect(filtersButton()).toHaveTextContent(/^Filters \(4\)$/);
  });

  it('doesn’t count the order as a filter', () => {
    renderForm({ order: 'story' });
    expect(filtersButton()).toHaveAccessibleName('Filters');
  });

  it('closes on Escape from inside the panel and takes focus back', async () => {
    renderForm();
    await userEvent.click(filtersButton());
    await userEvent.click(screen.getByRole('checkbox', { name: /^Casting/ }));
    await userEvent.keyboard('{Escape}');
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');
    expect(filtersButton()).toHaveFocus();
  });

  // jsdom has no inert behaviour; tests/e2e/smoke.spec.ts checks that a click does nothing in Chromium.
  it('is inert, like the controls, until the app is interactive', () => {
    const { rerender, props } = renderForm({ disabled: true });
    for (const control of [filtersButton(), screen.getByRole('radio', { name: 'In story order' }), screen.getByRole('checkbox', { name: /^Casting/ })]) {
      expect(control.closest('[inert]')).not.toBeNull();
    }
    rerender(<TimelineFilterForm {...props} disabled={false} />);
    expect(filtersButton().closest('[inert]')).toBeNull();
  });
});

describe('a category', () => {
  it('adds itself to the filters, keeping the others', async () => {
    const filters = { ...NO_FILTERS, categories: ['release' as const], year: '2022' };
    const { onChange } = renderForm({ filters });
    const casting = screen.getByRole('checkbox', { name: 'Casting (2)' });
    expect(casting).not.toBeChecked();
    await userEvent.click(casting);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...filters, categories: ['release', 'casting'] });
  });
});

describe('a character', () => {
  it('is offered once the characters are unfolded, and adds itself to the filters', async () => {
    const { onChange } = renderForm();
    expect(screen.queryByRole('checkbox', { name: 'Nick Nelson (3)' })).toBeNull();
    await userEvent.click(screen.getByText('Characters', { selector: 'summary' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Nick Nelson (3)' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...NO_FILTERS, characters: ['nick-nelson'] });
  });
});
