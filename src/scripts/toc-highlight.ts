/**
 * Table of contents: marks the entry of the part of the page in view with
 * `aria-current`. An IntersectionObserver watches a thin band across the
 * viewport; the last part to cross it is the one being read. Positions come
 * from the observer's entries, so nothing reads layout at load or on scroll. Without
 * JavaScript the contents are still a plain list of links.
 */

for (const toc of document.querySelectorAll<HTMLElement>('[data-toc]')) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) {
    const id = decodeURIComponent(link.hash.slice(1));
    if (id) links.set(id, link);
  }
  const targets = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);

  let current: HTMLAnchorElement | undefined;
  const mark = (link: HTMLAnchorElement | undefined) => {
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) mark(links.get(entry.target.id));
        // The first part has left the band downwards: the reader is back above it, so nothing is current.
        // Read from the entry, not the DOM, so the callback never forces a layout.
        else if (
          entry.target === targets[0] &&
          entry.rootBounds &&
          entry.boundingClientRect.top >= entry.rootBounds.bottom
        )
          mark(undefined);
      }
    },
    // A band from 30% to 35% of the viewport height: the line a reader's eyes rest on.
    { rootMargin: '-30% 0px -65% 0px' },
  );
  targets.forEach((target) => observer.observe(target));
}
