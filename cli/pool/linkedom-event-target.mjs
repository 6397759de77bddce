// linkedom 0.18.14's interface/event-target.js (ISC License, © 2021 Andrea Giammarchi), loaded in
// its place in the analysis workers only (cli/pool/dom-hooks.mjs). The one change: a node's
// listener map is made on its first addEventListener, not in the constructor. linkedom gives every
// DOM node a WeakMap entry and a Map when it is built; a parsed page has thousands of nodes and the
// analysis listens to none, yet those entries were half the parse time and, by keeping each page's
// nodes alive through young-generation collections, most of the garbage collector's work, which
// runs on helper threads that then take the cores the other workers need. Everything else is
// linkedom's code as it is.

// https://dom.spec.whatwg.org/#interface-eventtarget

const wm = new WeakMap();

function dispatch(event, listener) {
  if (typeof listener === 'function') listener.call(event.target, event);
  else listener.handleEvent(event);
  return event._stopImmediatePropagationFlag;
}

function invokeListeners({ currentTarget, target }) {
  const map = wm.get(currentTarget);
  if (map && map.has(this.type)) {
    const listeners = map.get(this.type);
    if (currentTarget === target) {
      this.eventPhase = this.AT_TARGET;
    } else {
      this.eventPhase = this.BUBBLING_PHASE;
    }

    this.currentTarget = currentTarget;
    this.target = target;
    for (const [listener, options] of listeners) {
      if (options && options.once) listeners.delete(listener);
      if (dispatch(this, listener)) break;
    }
    delete this.currentTarget;
    delete this.target;
    return this.cancelBubble;
  }
}

/**
 * @implements globalThis.EventTarget
 */
class DOMEventTarget {
  // (linkedom: constructor() { wm.set(this, new Map); })

  /**
   * @protected
   */
  _getParent() {
    return null;
  }

  addEventListener(type, listener, options) {
    let map = wm.get(this);
    if (!map) wm.set(this, (map = new Map()));
    if (!map.has(type)) map.set(type, new Map());
    map.get(type).set(listener, options);
  }

  removeEventListener(type, listener) {
    const map = wm.get(this);
    if (map && map.has(type)) {
      const listeners = map.get(type);
      if (listeners.delete(listener) && !listeners.size) map.delete(type);
    }
  }

  dispatchEvent(event) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- linkedom's code, kept as it is
    let node = this;
    event.eventPhase = event.CAPTURING_PHASE;

    // intentionally simplified, specs imply way more code: https://dom.spec.whatwg.org/#event-path
    while (node) {
      if (node.dispatchEvent) event._path.push({ currentTarget: node, target: this });
      node = event.bubbles && node._getParent && node._getParent();
    }
    event._path.some(invokeListeners, event);
    event._path = [];
    event.eventPhase = event.NONE;
    return !event.defaultPrevented;
  }
}

/** Lets a test tell this copy from linkedom's own. */
DOMEventTarget.lazyListeners = true;

export { DOMEventTarget as EventTarget };
