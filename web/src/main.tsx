import { Route, Router } from "@solidjs/router";
import { render } from "solid-js/web";
import Home from "./pages/Home";
import NotFound from "./pages/NotFound";

render(
  () => (
    <Router>
      <Route path="/" component={Home} />
      <Route path="*404" component={NotFound} />
    </Router>
  ),
  document.getElementById("root")!,
);
