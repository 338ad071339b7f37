//! The browser's side of "one tab edits a board at a time": a Web Lock per
//! board (`navigator.locks`), held for as long as the tab edits it, and a
//! BroadcastChannel on which a tab asks the editing one to hand a board
//! over and is told when it is ready. What a tab does about each
//! [`Signal`] is decided in [`crate::core::board_hold`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::board_hold::Signal;

/// The channel the tabs talk on about who edits which board.
const CHANNEL: &str = "ambition-map.hold";
/// How long a tab waits for the editing one to say it is ready before it
/// takes the board anyway (the other tab may be frozen, or of an older
/// version that does not answer).
const ANSWER_MS: u32 = 2_000;

struct Inner {
    name: String,
    board: String,
    on_signal: Box<dyn Fn(Signal)>,
    /// Lets go of the lock held, if one is.
    release: RefCell<Option<Function>>,
    /// Leaves the line, if this tab stands in it.
    leave_line: RefCell<Option<web_sys::AbortController>>,
    /// Counts the requests: an answer to an earlier one is not news.
    request: Cell<u32>,
    /// The request whose lock this tab holds.
    held: Cell<u32>,
    channel: Option<web_sys::BroadcastChannel>,
    listener: RefCell<Option<EventListener>>,
    waiting: RefCell<Option<Timeout>>,
    /// Dropped: no more signals.
    gone: Cell<bool>,
}

/// The lock on one board, for as long as this tab shows it. Dropping it
/// lets the board go.
pub struct BoardLock(Rc<Inner>);

fn locks() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

impl BoardLock {
    /// Asks for the board `id`; `on_signal` hears [`Signal::Free`] or
    /// [`Signal::Held`] (or [`Signal::Unsupported`]) in a moment, and what
    /// happens later.
    pub fn ask(id: &str, on_signal: impl Fn(Signal) + 'static) -> BoardLock {
        let inner = Rc::new(Inner {
            name: format!("ambition-map.board.{id}"),
            board: id.to_owned(),
            on_signal: Box::new(on_signal),
            release: RefCell::new(None),
            leave_line: RefCell::new(None),
            request: Cell::new(0),
            held: Cell::new(0),
            channel: web_sys::BroadcastChannel::new(CHANNEL).ok(),
            listener: RefCell::new(None),
            waiting: RefCell::new(None),
            gone: Cell::new(false),
        });
        let lock = BoardLock(inner.clone());
        if let Some(channel) = &inner.channel {
            let weak = Rc::downgrade(&inner);
            *inner.listener.borrow_mut() = Some(EventListener::new(channel, "message", move |e| {
                let Some(inner) = weak.upgrade() else { return };
                let Some(data) = Reflect::get(e, &JsValue::from_str("data")).ok().and_then(|d| d.as_string()) else { return };
                if data == format!("ask:{}", inner.board) && inner.release.borrow().is_some() {
                    inner.signal(Signal::Asked);
                } else if data == format!("ready:{}", inner.board) && inner.waiting.borrow_mut().take().is_some() {
                    inner.signal(Signal::Ready);
                }
            }));
        }
        if locks().is_none() || inner.channel.is_none() {
            let weak = Rc::downgrade(&inner);
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(inner) = weak.upgrade() {
                    inner.signal(Signal::Unsupported);
                }
            });
            return lock;
        }
        let options = Object::new();
        let _ = Reflect::set(&options, &JsValue::from_str("ifAvailable"), &JsValue::TRUE);
        Inner::request(&inner, options, true);
        lock
    }

    /// Stands in line for the board: [`Signal::Granted`] when it is this tab's.
    pub fn queue(&self) {
        let Ok(controller) = web_sys::AbortController::new() else { return };
        let options = Object::new();
        let _ = Reflect::set(&options, &JsValue::from_str("signal"), &controller.signal());
        *self.0.leave_line.borrow_mut() = Some(controller);
        Inner::request(&self.0, options, false);
    }

    /// Takes the board from whichever tab holds it.
    pub fn take(&self) {
        if let Some(line) = self.0.leave_line.borrow_mut().take() {
            line.abort();
        }
        let options = Object::new();
        let _ = Reflect::set(&options, &JsValue::from_str("steal"), &JsValue::TRUE);
        Inner::request(&self.0, options, false);
    }

    /// Asks the tab that edits the board to hand it over:
    /// [`Signal::Ready`] when it has, [`Signal::NoAnswer`] if it does not say.
    pub fn ask_holder(&self) {
        let weak = Rc::downgrade(&self.0);
        *self.0.waiting.borrow_mut() = Some(Timeout::new(ANSWER_MS, move || {
            if let Some(inner) = weak.upgrade() {
                inner.waiting.borrow_mut().take();
                inner.signal(Signal::NoAnswer);
            }
        }));
        self.0.post(&format!("ask:{}", self.0.board));
    }

    /// [`Signal::Settled`] once `stored` is done.
    pub fn settle_after(&self, stored: impl std::future::Future<Output = ()> + 'static) {
        let weak = Rc::downgrade(&self.0);
        wasm_bindgen_futures::spawn_local(async move {
            stored.await;
            if let Some(inner) = weak.upgrade() {
                inner.signal(Signal::Settled);
            }
        });
    }

    /// Tells the asking tab everything this one wrote is stored.
    pub fn tell_ready(&self) {
        self.0.post(&format!("ready:{}", self.0.board));
    }
}

impl Inner {
    fn signal(&self, signal: Signal) {
        if !self.gone.get() {
            (self.on_signal)(signal);
        }
    }

    fn post(&self, message: &str) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(message));
        }
    }

    /// Requests the lock with `options`. `first`: the first question, whose
    /// answer is `Free` or `Held`; later grants are `Granted`.
    fn request(inner: &Rc<Inner>, options: Object, first: bool) {
        let Some(locks) = locks() else { return };
        let Ok(request) = Reflect::get(&locks, &JsValue::from_str("request")).and_then(|f| f.dyn_into::<Function>().map_err(JsValue::from)) else {
            return;
        };
        let number = inner.request.get() + 1;
        inner.request.set(number);
        let weak = Rc::downgrade(inner);
        let granted = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            let Some(inner) = weak.upgrade().filter(|i| !i.gone.get()) else {
                return JsValue::UNDEFINED;
            };
            if lock.is_null() {
                inner.signal(Signal::Held);
                return JsValue::UNDEFINED;
            }
            // Held until `release` is called (or the lock is taken).
            let held = Promise::new(&mut |resolve, _| {
                if let Some(old) = inner.release.borrow_mut().replace(resolve) {
                    let _ = old.call0(&JsValue::NULL);
                }
            });
            inner.held.set(number);
            inner.leave_line.borrow_mut().take();
            inner.signal(if first { Signal::Free } else { Signal::Granted });
            held.into()
        });
        let Ok(promise) = request.call3(&locks, &JsValue::from_str(&inner.name), &options, &granted) else { return };
        let Ok(promise) = promise.dyn_into::<Promise>() else { return };
        let weak = Rc::downgrade(inner);
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = JsFuture::from(promise).await;
            let Some(inner) = weak.upgrade() else { return };
            // Rejected: the line was left (nothing to say), or the lock this
            // request held was taken by another tab.
            if outcome.is_err() && inner.held.get() == number && inner.release.borrow_mut().take().is_some() {
                inner.signal(Signal::Taken);
            }
        });
    }
}

impl Drop for BoardLock {
    fn drop(&mut self) {
        self.0.gone.set(true);
        if let Some(release) = self.0.release.borrow_mut().take() {
            let _ = release.call0(&JsValue::NULL);
        }
        if let Some(line) = self.0.leave_line.borrow_mut().take() {
            line.abort();
        }
        self.0.listener.borrow_mut().take();
        self.0.waiting.borrow_mut().take();
        if let Some(channel) = &self.0.channel {
            channel.close();
        }
    }
}
