//! The site's service worker (`sw.js`): registers it where the browser has
//! service workers (not on `file://`, not in a browser without them), tells
//! when a new version is installed and waiting, and lets it take over and
//! reloads the page only when asked to; and the files the installed app is
//! opened with.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::files::{from_file, ChosenFile};

#[wasm_bindgen]
extern "C" {
    #[derive(Clone)]
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    type Container;
    #[wasm_bindgen(method, getter)]
    fn controller(this: &Container) -> Option<Worker>;
    #[wasm_bindgen(method, catch)]
    fn register(this: &Container, url: &str) -> Result<js_sys::Promise, JsValue>;

    #[derive(Clone)]
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    type Registration;
    #[wasm_bindgen(method, getter)]
    fn waiting(this: &Registration) -> Option<Worker>;
    #[wasm_bindgen(method, getter)]
    fn installing(this: &Registration) -> Option<Worker>;
    #[wasm_bindgen(method, catch)]
    fn update(this: &Registration) -> Result<js_sys::Promise, JsValue>;

    #[derive(Clone)]
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    type Worker;
    #[wasm_bindgen(method, getter)]
    fn state(this: &Worker) -> String;
    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &Worker, message: &JsValue) -> Result<(), JsValue>;
}

/// How often a page left open asks whether a new version was deployed.
const CHECK_EVERY_MS: u32 = 60 * 60 * 1000;

/// `navigator.serviceWorker`, where the browser has it for this page.
fn container() -> Option<Container> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!container.is_undefined() && !container.is_null()).then(|| container.unchecked_into())
}

/// The registered worker and what listens to it; dropping it stops listening.
pub struct Updates {
    registration: Rc<RefCell<Option<Registration>>>,
    listeners: Rc<RefCell<Vec<EventListener>>>,
    _check: Option<Interval>,
}

/// Registers `sw.js` and calls `on_waiting` whenever a new version of the
/// site is installed and waits to take over this page (never for the first
/// version a browser installs). Without service workers, nothing happens.
pub fn register(on_waiting: impl Fn() + 'static) -> Updates {
    let registration = Rc::new(RefCell::new(None::<Registration>));
    let listeners = Rc::new(RefCell::new(Vec::new()));
    let Some(container) = container() else { return Updates { registration, listeners, _check: None } };
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    let (kept, listening) = (registration.clone(), listeners.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(promise) = container.register("sw.js") else { return };
        let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let found: Registration = value.unchecked_into();
        // Installed while another version controls the page: an update.
        let watch: Rc<dyn Fn(Worker)> = {
            let (container, listening, on_waiting) = (container.clone(), Rc::downgrade(&listening), on_waiting.clone());
            Rc::new(move |worker: Worker| {
                let (on_waiting, container, seen) = (on_waiting.clone(), container.clone(), worker.clone());
                let change = EventListener::new(&worker, "statechange", move |_| {
                    if seen.state() == "installed" && container.controller().is_some() {
                        on_waiting();
                    }
                });
                if let Some(listening) = listening.upgrade() {
                    listening.borrow_mut().push(change);
                }
            })
        };
        // A version installed before this page opened, or on its way now.
        if found.waiting().is_some() && container.controller().is_some() {
            on_waiting();
        } else if let Some(installing) = found.installing() {
            watch(installing);
        }
        let listener = {
            let seen = found.clone();
            EventListener::new(&found, "updatefound", move |_| {
                if let Some(installing) = seen.installing() {
                    watch(installing);
                }
            })
        };
        listening.borrow_mut().push(listener);
        *kept.borrow_mut() = Some(found);
    });
    let check = {
        let registration = registration.clone();
        Interval::new(CHECK_EVERY_MS, move || {
            if let Some(Ok(promise)) = registration.borrow().as_ref().map(Registration::update) {
                // Offline, the check fails; the next one tries again.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        })
    };
    Updates { registration, listeners, _check: Some(check) }
}

impl Updates {
    /// Lets the waiting version take over, and reloads the page once it
    /// does; reloads at once when no version waits (another tab of the app
    /// let it take over already).
    pub fn apply(&self) {
        let waiting = self.registration.borrow().as_ref().and_then(Registration::waiting);
        let (Some(container), Some(waiting)) = (container(), waiting) else { return reload() };
        self.listeners.borrow_mut().push(EventListener::once(&container, "controllerchange", |_| reload()));
        if waiting.post_message(&JsValue::from_str("skip-waiting")).is_err() {
            reload();
        }
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Calls `open` with each file the installed app is opened with, as the
/// handler of the board files its manifest names (`file_handlers`). Where
/// the browser has no launch queue, never.
pub fn on_launch(open: impl Fn(ChosenFile) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let key = |name: &str| JsValue::from_str(name);
    let Ok(queue) = js_sys::Reflect::get(&window, &key("launchQueue")) else { return };
    let Ok(set_consumer) = js_sys::Reflect::get(&queue, &key("setConsumer")).and_then(|f| f.dyn_into::<js_sys::Function>()) else { return };
    let open = Rc::new(open);
    let consumer = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
        let files = js_sys::Reflect::get(&params, &key("files")).map(|f| js_sys::Array::from(&f)).unwrap_or_default();
        for handle in files.iter() {
            let Ok(get_file) = js_sys::Reflect::get(&handle, &key("getFile")).and_then(|f| f.dyn_into::<js_sys::Function>()) else { continue };
            let Ok(promise) = get_file.call0(&handle).and_then(|p| p.dyn_into::<js_sys::Promise>()) else { continue };
            let open = open.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let file = wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|f| f.dyn_into::<web_sys::File>().ok());
                if let Some(chosen) = file.and_then(from_file) {
                    open(chosen);
                }
            });
        }
    });
    if set_consumer.call1(&queue, consumer.as_ref()).is_ok() {
        // The queue keeps calling it for as long as the page lives.
        consumer.forget();
    }
}
