/// The interactive map's script, shared by the HTML report and the local app.
///
/// Search, click for neighbours, filters by type, theme and area, zoom, and the map's content as a table. One script for the HTML report (inlined, so the file works offline) and the local
/// app (served as `/explore.js`, since the app's Content-Security-Policy allows no inline script). Where the page
/// also holds the stakeholder matrix (the report), hovering or focusing an actor (Tab, then Enter or Space to
/// select) in the map or in the matrix highlights it in the other, and selecting, search and filters act on both.
///
/// It defines `NetworkMapExplorer.create(document)`, which finds its controls by id (`search`, `type-filter`,
/// `theme-filter`, `area-filter`, `reset`, `zoom-in`, `zoom-out`, `results`, `details`, `map`, and the optional
/// `actor-list` table body and `matrix`) and returns an explorer whose `load(data)` takes ``HTMLReport/data(_:strings:)``;
/// `load` may be called again when the map is drawn anew. Plain ES5, no dependencies; every text from the data
/// goes into the page through `textContent`, so a name such as `<img onerror=…>` stays text.
public enum MapExplorer {
    public static let script = """
        (function (global) {
          'use strict';

          function element(tag, text, className) {
            var el = document.createElement(tag);
            if (text !== undefined && text !== null) { el.textContent = text; }
            if (className) { el.className = className; }
            return el;
          }
          function fold(text) {
            return text.toLocaleLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '');
          }

          function Explorer(doc) {
            var self = this;
            this.map = doc.getElementById('map');
            this.matrix = doc.getElementById('matrix');
            this.search = doc.getElementById('search');
            this.typeFilter = doc.getElementById('type-filter');
            this.themeFilter = doc.getElementById('theme-filter');
            this.areaFilter = doc.getElementById('area-filter');
            this.results = doc.getElementById('results');
            this.details = doc.getElementById('details');
            this.list = doc.getElementById('actor-list');
            this.hint = this.details && this.details.firstElementChild ? this.details.firstElementChild.cloneNode(true) : null;
            this.selected = -1;
            this.zoom = 1;
            this.actors = [];
            this.nodes = [];
            this.points = [];
            this.edges = [];
            this.byElement = new Map();
            this.byPoint = new Map();

            var update = function () { self.update(); };
            if (this.search) {
              this.search.addEventListener('input', update);
              this.search.addEventListener('keydown', function (event) {
                if (event.key !== 'Enter') { return; }
                event.preventDefault();
                for (var i = 0; i < self.actors.length; i++) {
                  if (self.matchesQuery(i) && self.passesFilters(i)) { self.select(i); break; }
                }
              });
              if (this.search.form) {
                this.search.form.addEventListener('submit', function (event) { event.preventDefault(); });
              }
            }
            [this.typeFilter, this.themeFilter, this.areaFilter].forEach(function (select) {
              if (select) { select.addEventListener('change', update); }
            });
            var reset = doc.getElementById('reset');
            if (reset) {
              reset.addEventListener('click', function () {
                if (self.search) { self.search.value = ''; }
                [self.typeFilter, self.themeFilter, self.areaFilter].forEach(function (select) { if (select) { select.value = ''; } });
                self.select(-1);
              });
            }
            var zoomIn = doc.getElementById('zoom-in'), zoomOut = doc.getElementById('zoom-out');
            if (zoomIn) { zoomIn.addEventListener('click', function () { self.setZoom(self.zoom * 1.5); self.centre(); }); }
            if (zoomOut) { zoomOut.addEventListener('click', function () { self.setZoom(self.zoom / 1.5); self.centre(); }); }
            if (this.map) {
              this.map.addEventListener('wheel', function (event) {
                if (!event.ctrlKey) { return; }
                event.preventDefault();
                self.setZoom(self.zoom * (event.deltaY < 0 ? 1.25 : 0.8));
              }, { passive: false });
              this.map.addEventListener('click', function (event) {
                var el = event.target.closest ? event.target.closest('g.node') : null;
                if (el && self.byElement.has(el)) { self.select(self.byElement.get(el)); event.preventDefault(); }
              });
            }
            // Listeners on the frames, not on each node, so that a map drawn anew needs none of its own.
            [[this.map, function () { return self.byElement; }], [this.matrix, function () { return self.byPoint; }]]
              .forEach(function (pair) {
                var frame = pair[0], index = pair[1];
                if (!frame) { return; }
                function actorAt(target) {
                  var el = target && target.closest ? target.closest('g.node') : null;
                  return el && index().has(el) ? index().get(el) : -1;
                }
                function linking(on) {
                  return function (event) {
                    var i = actorAt(event.target);
                    if (i < 0 || actorAt(event.relatedTarget) === i) { return; }
                    self.link(i, on);
                  };
                }
                frame.addEventListener('mouseover', linking(true));
                frame.addEventListener('mouseout', linking(false));
                frame.addEventListener('focusin', linking(true));
                frame.addEventListener('focusout', linking(false));
                frame.addEventListener('keydown', function (event) {
                  if (event.key !== 'Enter' && event.key !== ' ') { return; }
                  var i = actorAt(event.target);
                  if (i >= 0) { self.select(i); event.preventDefault(); }
                });
                if (frame === self.matrix) {
                  frame.addEventListener('click', function (event) {
                    var i = actorAt(event.target);
                    if (i >= 0) { self.select(i); event.preventDefault(); }
                  });
                }
              });
          }

          // Takes the data of a (newly drawn) map: finds its nodes and ties in the SVG, fills the filters, shows all.
          Explorer.prototype.load = function (data) {
            var self = this;
            this.data = data;
            this.actors = data.actors;
            this.labels = data.labels;
            this.byElement = new Map();
            var byTitle = {};
            this.nodes = this.actors.map(function (a) {
              var el = document.getElementById(a.svg);
              return el && self.map && self.map.contains(el) ? el : null;
            });
            this.nodes.forEach(function (el, i) {
              if (!el) { return; }
              self.byElement.set(el, i);
              var title = el.querySelector('title');
              if (title) { byTitle[title.textContent] = i; }
            });
            this.edges = [];
            if (this.map) {
              this.map.querySelectorAll('g.edge').forEach(function (el) {
                var title = el.querySelector('title');
                if (!title) { return; }
                var ends = title.textContent.split(/--|->/);
                var a = byTitle[ends[0]], b = byTitle[ends[1]];
                if (a !== undefined && b !== undefined) { self.edges.push({ el: el, a: a, b: b }); }
              });
            }
            this.byPoint = new Map();
            this.points = this.actors.map(function (a) {
              var el = self.matrix && a.matrix ? document.getElementById(a.matrix) : null;
              return el && self.matrix.contains(el) ? el : null;
            });
            this.points.forEach(function (el, i) { if (el) { self.byPoint.set(el, i); } });
            // Every actor of the map and the matrix is reached with Tab and named to a screen reader.
            this.nodes.concat(this.points).forEach(function (el, k) {
              if (!el) { return; }
              var a = self.actors[k % self.actors.length];
              el.setAttribute('tabindex', '0');
              el.setAttribute('role', 'button');
              el.setAttribute('aria-label', a.name);
            });
            this.svgs = [this.map, this.matrix].map(function (frame) { return frame ? frame.querySelector('svg') : null; });
            this.setZoom(this.zoom);
            var filters = data.filters || {};
            this.fill(this.typeFilter, filters.types);
            this.fill(this.themeFilter, filters.themes);
            this.fill(this.areaFilter, filters.areas);
            if (this.selected >= this.actors.length) { this.selected = -1; }
            this.update();
            this.showDetails();
          };

          // The filter's options from the data ([value, label] pairs), keeping its first ("all") option and its choice.
          Explorer.prototype.fill = function (select, entries) {
            if (!select || !entries) { return; }
            var chosen = select.value;
            while (select.options.length > 1) { select.remove(1); }
            entries.forEach(function (entry) {
              var option = element('option', entry[1]);
              option.value = entry[0];
              select.appendChild(option);
            });
            select.value = chosen;
            if (select.value !== chosen) { select.value = ''; }
          };

          Explorer.prototype.passesFilters = function (i) {
            var a = this.actors[i];
            if (this.typeFilter && this.typeFilter.value && a.type !== this.typeFilter.value) { return false; }
            if (this.themeFilter && this.themeFilter.value && a.themes.indexOf(this.themeFilter.value) < 0) { return false; }
            if (this.areaFilter && this.areaFilter.value && a.area !== this.areaFilter.value) { return false; }
            return true;
          };

          Explorer.prototype.matchesQuery = function (i) {
            var q = this.search ? fold(this.search.value.trim()) : '';
            return q !== '' && fold(this.actors[i].name).indexOf(q) >= 0;
          };

          Explorer.prototype.actorButton = function (i) {
            var self = this;
            var button = element('button', this.actors[i].name, 'actor-link');
            button.type = 'button';
            button.addEventListener('click', function () { self.select(i); });
            return button;
          };

          Explorer.prototype.update = function () {
            var self = this, selected = this.selected, near = null;
            if (selected >= 0) {
              near = new Set(this.actors[selected].neighbours);
              near.add(selected);
            }
            var mark = function (el, i) {
              if (!el) { return; }
              el.classList.toggle('filtered', !self.passesFilters(i));
              el.classList.toggle('dim', near !== null && !near.has(i));
              el.classList.toggle('selected', i === selected);
              el.classList.toggle('match', self.matchesQuery(i));
            };
            this.nodes.forEach(mark);
            this.points.forEach(mark);
            this.edges.forEach(function (edge) {
              var visible = self.passesFilters(edge.a) && self.passesFilters(edge.b);
              var incident = selected >= 0 && (edge.a === selected || edge.b === selected);
              edge.el.classList.toggle('filtered', !visible);
              edge.el.classList.toggle('dim', selected >= 0 && !incident);
              edge.el.classList.toggle('incident', incident);
            });
            this.showResults();
            this.showList();
          };

          Explorer.prototype.showResults = function () {
            var self = this, results = this.results;
            if (!results) { return; }
            results.textContent = '';
            if (!this.search || this.search.value.trim() === '') { return; }
            var found = [];
            this.actors.forEach(function (a, i) { if (self.matchesQuery(i) && self.passesFilters(i)) { found.push(i); } });
            if (found.length === 0) { results.appendChild(element('span', this.labels.noMatch, 'hint')); return; }
            results.appendChild(element('span', found.length + ' ' + this.labels.matches + ':', 'hint'));
            found.slice(0, 40).forEach(function (i) { results.appendChild(self.actorButton(i)); });
          };

          // The map's content as a table: every actor that passes the filters, the search's matches first.
          Explorer.prototype.showList = function () {
            var self = this, list = this.list;
            if (!list) { return; }
            list.textContent = '';
            var shown = [];
            this.actors.forEach(function (a, i) { if (self.passesFilters(i)) { shown.push(i); } });
            if (this.search && this.search.value.trim() !== '') {
              shown.sort(function (x, y) { return (self.matchesQuery(y) ? 1 : 0) - (self.matchesQuery(x) ? 1 : 0) || x - y; });
            }
            shown.forEach(function (i) {
              var a = self.actors[i];
              var row = element('tr');
              if (i === self.selected) { row.className = 'selected'; }
              var name = element('th');
              name.scope = 'row';
              name.appendChild(self.actorButton(i));
              row.appendChild(name);
              row.appendChild(element('td', a.typeLabel));
              row.appendChild(element('td', a.themes.join(', ')));
              row.appendChild(element('td', a.area || ''));
              row.appendChild(element('td', String(a.neighbours.length), 'num'));
              row.appendChild(element('td', a.values[1], 'num'));
              list.appendChild(row);
            });
          };

          Explorer.prototype.showDetails = function () {
            var self = this, details = this.details, labels = this.labels;
            if (!details) { return; }
            details.textContent = '';
            if (this.selected < 0) { if (this.hint) { details.appendChild(this.hint.cloneNode(true)); } return; }
            var a = this.actors[this.selected];
            details.appendChild(element('h3', a.name));
            details.appendChild(element('p', a.typeLabel));
            if (a.themes.length) { details.appendChild(element('p', labels.themes + ': ' + a.themes.join(', '))); }
            if (a.area) { details.appendChild(element('p', labels.area + ': ' + a.area)); }
            var table = element('table');
            this.data.measureLabels.forEach(function (label, k) {
              var row = element('tr');
              var head = element('th', label);
              head.scope = 'row';
              row.appendChild(head);
              row.appendChild(element('td', a.values[k], 'num'));
              table.appendChild(row);
            });
            details.appendChild(table);
            details.appendChild(element('h4', labels.neighbours + ' (' + a.neighbours.length + ')'));
            var list = element('p');
            if (a.neighbours.length === 0) { list.textContent = labels.none; }
            a.neighbours.forEach(function (j) { list.appendChild(self.actorButton(j)); list.appendChild(document.createTextNode(' ')); });
            details.appendChild(list);
            var clear = element('button', labels.close, 'actor-link');
            clear.type = 'button';
            clear.addEventListener('click', function () { self.select(-1); });
            details.appendChild(clear);
          };

          // Zoom: the map grows inside its scrolling frame, so names become readable on a big network.
          Explorer.prototype.setZoom = function (z) {
            this.zoom = Math.max(1, Math.min(8, z));
            var zoom = this.zoom;
            (this.svgs || []).forEach(function (svg) { if (svg) { svg.style.width = (zoom * 100) + '%'; } });
          };

          Explorer.prototype.centre = function () {
            if (this.selected < 0) { return; }
            [this.nodes[this.selected], this.points[this.selected]].forEach(function (el) {
              if (el && el.scrollIntoView) { el.scrollIntoView({ block: 'center', inline: 'center' }); }
            });
          };

          // The actor hovered or focused in the map or the matrix, shown in both.
          Explorer.prototype.link = function (i, on) {
            [this.nodes[i], this.points[i]].forEach(function (el) { if (el) { el.classList.toggle('linked', on); } });
          };

          Explorer.prototype.select = function (i) {
            this.selected = i;
            this.update();
            this.showDetails();
            if (i >= 0 && this.zoom < 2.5 && (this.nodes[i] || this.points[i])) { this.setZoom(2.5); }
            this.centre();
            if (this.onSelect) { this.onSelect(i >= 0 ? this.actors[i] : null); }
          };

          // Selects the actor with this id (a link such as page.html#actor=ID names one).
          Explorer.prototype.selectID = function (id) {
            for (var i = 0; i < this.actors.length; i++) { if (this.actors[i].id === id) { this.select(i); return true; } }
            return false;
          };

          global.NetworkMapExplorer = { create: function (doc) { return new Explorer(doc); } };
        })(window);
        """
}
