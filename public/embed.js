/*
 * NEV Explainer chart embeds: sizes each embed's <iframe> to its chart. Optional;
 * load it once on a page that has embeds, from the same site as the embeds.
 * It only believes a height message that comes from the frame it sizes
 * (event.source) and from the site that serves this script (event.origin).
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  function ours(frame) {
    return frame.src.indexOf(origin + '/') === 0;
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'nev-explainer:embed-height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i]))
        frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
  // A frame that spoke before this script listened is asked again (the question carries nothing).
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'nev-explainer:embed-ask' }, '*');
  }
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (!ours(frames[i])) continue;
    frames[i].addEventListener('load', ask.bind(null, frames[i]));
    ask(frames[i]);
  }
})();
