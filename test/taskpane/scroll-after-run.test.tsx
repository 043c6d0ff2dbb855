/** @jest-environment jsdom */
// When a run ends, the Screen section (its notice, and the result right below) is scrolled to the top
// of the pane: the column roles above are long, and the result would otherwise start out of sight.
import '@testing-library/jest-dom';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, outcome } from './fake-gateway';
import { renderPane } from './render';

test('the Screen section is scrolled into view when a run ends, not while it runs; focus stays on Screen', async () => {
  const scrolled: Element[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    const user = userEvent.setup();
    const gateway = fakeGateway();
    renderPane(gateway);
    await user.click(await screen.findByRole('button', { name: 'Screen' }));
    expect(scrolled).toEqual([]);
    await act(async () => gateway.run.resolve(outcome()));
    expect(scrolled).toEqual([screen.getByRole('region', { name: 'Screen' })]);
    expect(screen.getByRole('button', { name: 'Screen' })).toHaveFocus();
  } finally {
    Element.prototype.scrollIntoView = original;
  }
});
