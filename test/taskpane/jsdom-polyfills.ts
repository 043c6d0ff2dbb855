// What jsdom lacks and Fluent UI relies on, for the pane's tests only.

// ARIA reflection (element.role): Fluent's Dropdown finds its options by `element.role === 'option'`;
// jsdom does not reflect the attribute, so arrow keys would find no option to move to.
if (typeof Element !== 'undefined' && !('role' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'role', {
    configurable: true,
    get(this: Element) {
      return this.getAttribute('role');
    },
    set(this: Element, value: string | null) {
      if (value === null) this.removeAttribute('role');
      else this.setAttribute('role', value);
    },
  });
}

export {};
