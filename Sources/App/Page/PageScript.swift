extension PageAssets {
    /// The page's own script (`/app.js`): the list, adding a network, and the views of the chosen one.
    ///
    /// Every word comes from the `page-strings` table the server writes (Wording's ``Wording/AppText``); every text
    /// from the data goes in through `textContent`. The findings, what-if and diff reports arrive as HTML the server
    /// made with the report's own renderer (escaped there). The map is driven by `/explore.js`, the HTML report's
    /// script. Private names are asked for only while the clearly labelled toggle is on (`private=1`), so by default
    /// nothing private leaves the server.
    static let script = #"""
        (function () {
          'use strict';
          var strings = JSON.parse(document.getElementById('page-strings').textContent);
          var lang = document.documentElement.lang || 'en';
          var selected = null, network = null, view = 'check', rows = null, explorer = null;
          var planned = [], leaving = {};

          // The token came in the address of the first load; from now on the cookie carries it.
          if (/[?&]token=/.test(location.search)) {
            history.replaceState(null, '', '/?lang=' + encodeURIComponent(lang) + location.hash);
          }

          function $(id) { return document.getElementById(id); }
          function el(tag, attributes, children) {
            var node = document.createElement(tag);
            Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
            (children || []).forEach(function (child) {
              node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            });
            return node;
          }
          function fill(text, values) {
            return text.replace(/\{(\w+)\}/g, function (all, key) { return values[key] !== undefined ? values[key] : all; });
          }
          function showsPrivate() { return $('show-private').checked; }
          function query(extra) {
            var parts = ['lang=' + encodeURIComponent(lang)];
            if (showsPrivate()) { parts.push('private=1'); }
            return parts.concat(extra || []).join('&');
          }
          function url(path, extra) { return path + (path.indexOf('?') < 0 ? '?' : '&') + query(extra); }
          function networkPath(suffix) { return '/api/networks/' + encodeURIComponent(selected) + (suffix || ''); }

          // A request for JSON; answers 202 (still working) are asked again, with the progress shown in `status`.
          function api(path, options, status, extra) {
            var settings = Object.assign({ credentials: 'same-origin', headers: { 'Accept': 'application/json' } },
                                         options || {});
            return fetch(url(path, extra), settings).then(function (response) {
              return response.json().catch(function () { return {}; }).then(function (body) {
                if (response.status === 202 && body.working) {
                  if (status) {
                    var stage = { paths: strings.progressPaths, map: strings.progressMap }[body.phase] || body.phase;
                    status.textContent = strings.working + ' ' + fill(strings.progress, { done: body.percent, stage: stage });
                  }
                  return new Promise(function (resolve) { setTimeout(resolve, 400); }).then(function () {
                    return api(path, options, status, extra);
                  });
                }
                if (!response.ok) {
                  var error = new Error(body.error || body.message || (body.errors && body.errors.length ? strings.notLoaded : String(response.status)));
                  error.status = response.status;
                  error.body = body;
                  throw error;
                }
                return body;
              });
            });
          }
          function failed(status) {
            return function (error) { status.textContent = strings.failed + ' ' + error.message; };
          }

          // MARK: the list

          function stateText(n) {
            return { loaded: strings.loads, failed: strings.fails, refused: strings.refused }[n.state] || n.state;
          }
          function counted(n, one, many) { return n === 1 ? one : many.replace('{n}', String(n)); }
          function meta(n) {
            var parts = [n.kind === 'workbook' ? strings.workbookKind : strings.folderKind];
            if (n.date) { parts.push(strings.asOf + ' ' + n.date); }
            if (n.loads) { parts.push(n.actors + ' ' + strings.actors, n.ties + ' ' + strings.ties); }
            parts.push(stateText(n));
            if (n.errors.length) { parts.push(counted(n.errors.length, strings.oneError, strings.manyErrors)); }
            if (n.warnings.length) { parts.push(counted(n.warnings.length, strings.oneWarning, strings.manyWarnings)); }
            return parts.join(' · ');
          }
          var networks = [];
          function showList(list) {
            networks = list;
            var ul = $('network-list');
            ul.textContent = '';
            ul.setAttribute('aria-busy', 'false');
            if (!list.length) { ul.appendChild(el('li', {}, [strings.noNetworks])); return; }
            list.forEach(function (n) {
              var button = el('button', { type: 'button', 'data-name': n.name }, [
                el('span', { class: 'name' }, [n.title || n.name]),
                el('span', { class: 'meta state-' + n.state }, [meta(n)])
              ]);
              if (n.name === selected) { button.setAttribute('aria-current', 'true'); }
              button.addEventListener('click', function () { choose(n.name); });
              ul.appendChild(el('li', {}, [button]));
            });
          }
          function loadList() {
            return api('/api/networks').then(function (body) { showList(body.networks); }).catch(failed($('list-status')));
          }

          // MARK: one network

          function choose(name) {
            selected = name;
            rows = null;
            planned = [];
            leaving = {};
            Array.prototype.forEach.call(document.querySelectorAll('#network-list button'), function (button) {
              if (button.getAttribute('data-name') === name) { button.setAttribute('aria-current', 'true'); }
              else { button.removeAttribute('aria-current'); }
            });
            $('network-status').textContent = strings.loading;
            return api(networkPath()).then(function (body) {
              network = body;
              $('network-status').textContent = strings.checkOf + ' ' + (body.title || body.name) + ': ' + meta(body);
              $('views-nav').hidden = false;
              show(body.loads ? view : (view === 'edit' ? 'edit' : 'check'));
            }).catch(failed($('network-status')));
          }

          function show(name) {
            view = name;
            Array.prototype.forEach.call(document.querySelectorAll('.view'), function (section) {
              section.hidden = section.id !== 'view-' + name;
            });
            Array.prototype.forEach.call(document.querySelectorAll('#views-nav a'), function (link) {
              if (link.getAttribute('data-view') === name) { link.setAttribute('aria-current', 'page'); }
              else { link.removeAttribute('aria-current'); }
            });
            var done = ({ check: showCheck, map: showMap, findings: showFindings, whatif: showWhatIf, diff: showDiff,
                          edit: showEdit, downloads: showDownloads }[name] || showCheck)();
            return Promise.resolve(done).then(function () { document.body.setAttribute('data-view', name); });
          }

          function issueList(title, issues, className) {
            var items = issues.map(function (issue) {
              var parts = [];
              if (issue.place) { parts.push(el('span', { class: 'place' }, [issue.place])); }
              parts.push(el('span', { class: 'what' }, [issue.message]));
              if (issue.hint) { parts.push(el('span', { class: 'what' }, [strings.whatToDo + ' ' + issue.hint])); }
              return el('li', { class: 'issue ' + className }, parts);
            });
            return [el('h4', {}, [title + ' (' + issues.length + ')']), el('ul', { class: 'issues' }, items)];
          }
          function showCheck() {
            var n = network, details = $('check-details');
            details.textContent = '';
            if (!n) { return; }
            if (n.loads) {
              var counts = el('dl', { class: 'counts' }, []);
              [[strings.actors, n.actors], [strings.ties, n.ties], [strings.privatePersons, n.privatePersons]].forEach(function (row) {
                counts.appendChild(el('dt', {}, [row[0]]));
                counts.appendChild(el('dd', {}, [String(row[1])]));
              });
              if (n.home) { counts.appendChild(el('dt', {}, [strings.homeOffice])); counts.appendChild(el('dd', {}, [n.home])); }
              details.appendChild(counts);
              [[strings.actorsByType, n.actorsByType], [strings.tiesByKind, n.tiesByKind]].forEach(function (group) {
                if (!group[1].length) { return; }
                details.appendChild(el('h4', {}, [group[0]]));
                var table = el('dl', { class: 'counts' }, []);
                group[1].forEach(function (entry) {
                  table.appendChild(el('dt', {}, [entry.label]));
                  table.appendChild(el('dd', {}, [String(entry.count)]));
                });
                details.appendChild(table);
              });
            } else {
              details.appendChild(el('p', { class: 'error' }, [strings.notLoaded]));
            }
            if (n.errors.length) { issueList(strings.errors, n.errors, 'error').forEach(function (x) { details.appendChild(x); }); }
            if (n.warnings.length) { issueList(strings.warnings, n.warnings, 'warning').forEach(function (x) { details.appendChild(x); }); }
            if (!n.errors.length && !n.warnings.length) { details.appendChild(el('p', { class: 'state-loaded' }, [strings.noIssues])); }
          }

          function needsLoad(status) {
            if (network && network.loads) { return false; }
            status.textContent = strings.notLoaded;
            return true;
          }

          // The report's HTML and a map's SVG, both made by the server (the report's own renderers).
          function setHTML(target, html) { target.innerHTML = html || ''; }

          // MARK: map

          function mapChoices() {
            var marks = Array.prototype.filter.call(document.querySelectorAll('#map-settings input[name=marks]'),
              function (box) { return box.checked; }).map(function (box) { return box.value; });
            return ['color=' + encodeURIComponent($('color-by').value), 'size=' + encodeURIComponent($('size-by').value),
                    'marks=' + encodeURIComponent(marks.join(','))];
          }
          function showMap() {
            var status = $('map-status');
            if (needsLoad(status)) { $('map').textContent = ''; return; }
            status.textContent = strings.working;
            return api(networkPath('/map'), null, status, mapChoices()).then(function (body) {
              setHTML($('map'), body.svg);
              if (!explorer) { explorer = NetworkMapExplorer.create(document); }
              explorer.load(body.data);
              status.textContent = '';
              $('map').setAttribute('data-ready', String(body.data.actors.length));
            }).catch(failed(status));
          }
          $('map-settings').addEventListener('change', function () { if (view === 'map') { showMap(); } });
          $('map-settings').addEventListener('submit', function (event) { event.preventDefault(); });

          // MARK: findings

          function showFindings() {
            var status = $('findings-status');
            if (needsLoad(status)) { $('findings-body').textContent = ''; return; }
            status.textContent = strings.working;
            return api(networkPath('/findings'), null, status).then(function (body) {
              setHTML($('findings-body'), body.html);
              status.textContent = '';
            }).catch(failed(status));
          }

          // MARK: what-if (the actors and their ids come from the map's data: the prepared network's)

          var actorsOfNetwork = null;
          function actorChoices() {
            if (actorsOfNetwork && actorsOfNetwork.name === selected && actorsOfNetwork.private === showsPrivate()) {
              return Promise.resolve(actorsOfNetwork.actors);
            }
            return api(networkPath('/map'), null, $('whatif-status'), mapChoices()).then(function (body) {
              actorsOfNetwork = { name: selected, private: showsPrivate(), actors: body.data.actors };
              return body.data.actors;
            });
          }
          function showWhatIf() {
            var status = $('whatif-status');
            if (needsLoad(status)) { return; }
            return actorChoices().then(function (actors) {
              var list = $('leaving-list');
              list.textContent = '';
              actors.forEach(function (a, i) {
                var box = el('input', { type: 'checkbox', id: 'leave-' + i, value: a.id });
                box.checked = !!leaving[a.id];
                box.addEventListener('change', function () {
                  if (box.checked) { leaving[a.id] = true; } else { delete leaving[a.id]; }
                  runWhatIf();
                });
                list.appendChild(el('li', { 'data-name': a.name }, [box, ' ', el('label', { class: 'inline', for: 'leave-' + i }, [a.name + ' (' + a.typeLabel + ')'])]));
              });
              ['planned-from', 'planned-to'].forEach(function (id) {
                var select = $(id);
                select.textContent = '';
                actors.forEach(function (a) { select.appendChild(el('option', { value: a.id }, [a.name])); });
              });
              var home = network.home ? actors.filter(function (a) { return a.name === network.home; })[0] : null;
              $('home-leaves').hidden = !home;
              $('home-leaves').onclick = function () { leaving = {}; leaving[home.id] = true; showWhatIf(); };
              showPlanned();
              return runWhatIf();
            }).catch(failed(status));
          }
          function showPlanned() {
            var list = $('planned-list');
            list.textContent = '';
            if (!planned.length) { list.appendChild(el('li', { class: 'hint' }, [strings.noPlanned])); }
            var names = {};
            (actorsOfNetwork ? actorsOfNetwork.actors : []).forEach(function (a) { names[a.id] = a.name; });
            planned.forEach(function (pair, k) {
              var remove = el('button', { type: 'button', class: 'secondary' }, [strings.plannedRemove]);
              remove.addEventListener('click', function () { planned.splice(k, 1); showPlanned(); runWhatIf(); });
              list.appendChild(el('li', {}, [(names[pair[0]] || pair[0]) + ' – ' + (names[pair[1]] || pair[1]) + ' ', remove]));
            });
          }
          function runWhatIf() {
            var status = $('whatif-status');
            var extra = Object.keys(leaving).sort().map(function (id) { return 'remove=' + encodeURIComponent(id); })
              .concat(planned.map(function (p) { return 'add=' + encodeURIComponent(p[0] + '~' + p[1]); }));
            if (!extra.length) {
              status.textContent = strings.whatIfEmpty;
              $('whatif-report').textContent = '';
              $('whatif-map').textContent = '';
              return;
            }
            status.textContent = strings.working;
            return api(networkPath('/whatif'), null, status, extra).then(function (body) {
              setHTML($('whatif-report'), body.html);
              if (body.svg) { setHTML($('whatif-map'), body.svg); } else { $('whatif-map').textContent = body.mapError || ''; }
              status.textContent = '';
              document.body.setAttribute('data-whatif', String(extra.length));
            }).catch(failed(status));
          }
          $('planned-add').addEventListener('click', function () {
            var a = $('planned-from').value, b = $('planned-to').value;
            if (!a || !b || a === b) { return; }
            planned.push([a, b]);
            showPlanned();
            runWhatIf();
          });
          $('whatif-clear').addEventListener('click', function () { leaving = {}; planned = []; showWhatIf(); });
          $('leaving-filter').addEventListener('input', function () {
            var q = this.value.trim().toLocaleLowerCase();
            Array.prototype.forEach.call(document.querySelectorAll('#leaving-list li'), function (li) {
              li.hidden = q !== '' && li.getAttribute('data-name').toLocaleLowerCase().indexOf(q) < 0;
            });
          });

          // MARK: diff

          function showDiff() {
            var select = $('diff-older'), status = $('diff-status');
            select.textContent = '';
            var others = networks.filter(function (n) { return n.loads && n.name !== selected; });
            others.forEach(function (n) { select.appendChild(el('option', { value: n.name }, [(n.title || n.name) + (n.date ? ' (' + n.date + ')' : '')])); });
            status.textContent = others.length ? '' : strings.diffNone;
          }
          $('diff-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var status = $('diff-status'), older = $('diff-older').value;
            if (!older) { status.textContent = strings.diffNone; return; }
            status.textContent = strings.working;
            api(networkPath('/diff'), null, status, ['with=' + encodeURIComponent(older)]).then(function (body) {
              setHTML($('diff-report'), body.html);
              if (body.svg) { setHTML($('diff-map'), body.svg); } else { $('diff-map').textContent = body.mapError || ''; }
              status.textContent = '';
            }).catch(failed(status));
          });

          // MARK: edit

          var actorFields = ['name', 'type', 'category', 'themes', 'area', 'influence', 'interest', 'attitude', 'private', 'contact', 'notes'];
          var actorInputs = { name: 'actor-name', type: 'actor-type', category: 'actor-category', themes: 'actor-themes',
            area: 'actor-area', influence: 'actor-influence', interest: 'actor-interest', attitude: 'actor-attitude',
            'private': 'actor-private-flag', contact: 'actor-contact', notes: 'actor-notes' };
          var tieInputs = { kind: 'tie-kind', strength: 'tie-strength', directed: 'tie-directed', since: 'tie-since',
            until: 'tie-until', reported_by: 'tie-reported', notes: 'tie-notes' };
          function options(select, entries, first) {
            select.textContent = '';
            if (first) { select.appendChild(el('option', { value: '' }, [first])); }
            entries.forEach(function (entry) { select.appendChild(el('option', { value: String(entry[0]) }, [entry[1]])); });
          }
          // A select keeps a value it has no option for (a custom kind, a cell the form does not know) as its own option,
          // so that saving another field never clears it.
          function setValue(input, value) {
            if (input.tagName === 'SELECT' && value !== '' &&
                !Array.prototype.some.call(input.options, function (o) { return o.value === value; })) {
              input.appendChild(el('option', { value: value }, [value]));
            }
            input.value = value;
          }
          function showEdit() {
            var status = $('edit-status');
            return api(networkPath('/rows'), null, status).then(function (body) {
              rows = body;
              options($('actor-choice'), body.actors.map(function (row, k) {
                return [k, row.fields.name || ('#' + row.line)];
              }), strings.editNewActor);
              options($('actor-type'), body.choices.types, strings.unset);
              options($('tie-choice'), body.ties.map(function (row, k) {
                return [k, row.ends.source.label + ' – ' + row.ends.target.label];
              }), strings.editNewTie);
              ['tie-source', 'tie-target'].forEach(function (id) { options($(id), body.choices.actors, strings.unset); });
              options($('tie-kind'), body.choices.kinds, strings.unset);
              fillActor();
              fillTie();
            }).catch(failed(status));
          }
          function fillActor() {
            var k = $('actor-choice').value, row = k === '' ? null : rows.actors[Number(k)];
            var editable = !row || row.editable;
            $('actor-private').hidden = editable;
            Object.keys(actorInputs).forEach(function (field) {
              var input = $(actorInputs[field]);
              setValue(input, row && row.fields[field] !== undefined ? row.fields[field] : '');
              input.disabled = !editable;
            });
            $('actor-save').disabled = !editable;
            $('actor-extra').textContent = row && row.extra.length ? fill(strings.keptColumns, { names: row.extra.join(', ') }) : '';
          }
          function fillTie() {
            var k = $('tie-choice').value, row = k === '' ? null : rows.ties[Number(k)];
            $('tie-source').value = row && row.ends.source.index !== null ? String(row.ends.source.index) : '';
            $('tie-target').value = row && row.ends.target.index !== null ? String(row.ends.target.index) : '';
            Object.keys(tieInputs).forEach(function (field) {
              setValue($(tieInputs[field]), row && row.fields[field] !== undefined ? row.fields[field] : '');
            });
            $('tie-delete').hidden = !row;
            $('tie-extra').textContent = row && row.extra.length ? fill(strings.keptColumns, { names: row.extra.join(', ') }) : '';
          }
          $('actor-choice').addEventListener('change', fillActor);
          $('tie-choice').addEventListener('change', fillTie);
          function send(edit) {
            var status = $('edit-status'), errors = $('edit-errors');
            status.textContent = strings.saving;
            errors.textContent = '';
            return fetch(url(networkPath('/edits')), {
              method: 'POST', credentials: 'same-origin', body: JSON.stringify(edit),
              headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'If-Match': '"' + rows.version + '"' }
            }).then(function (response) {
              return response.json().catch(function () { return {}; }).then(function (body) {
                status.textContent = body.message || body.error || String(response.status);
                if (body.errors && body.errors.length) { issueList(strings.errors, body.errors, 'error').forEach(function (x) { errors.appendChild(x); }); }
                if (response.ok) { document.body.setAttribute('data-saved', body.version); }
                if (response.ok || response.status === 409) {
                  var keep = status.textContent;
                  return loadList().then(function () { return api(networkPath()); }).then(function (n) {
                    network = n;
                    return showEdit();
                  }).then(function () { status.textContent = keep; });
                }
              });
            }).catch(failed(status));
          }
          $('actor-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var k = $('actor-choice').value, row = k === '' ? null : rows.actors[Number(k)];
            var fields = {};
            actorFields.forEach(function (field) {
              var value = $(actorInputs[field]).value;
              if (row ? value !== (row.fields[field] || '') : value !== '') { fields[field] = value; }
            });
            send({ kind: 'actor', record: row ? row.record : null, digest: row ? row.digest : null, fields: fields });
          });
          function tieEdit(remove) {
            var k = $('tie-choice').value, row = k === '' ? null : rows.ties[Number(k)];
            var fields = {};
            ['source', 'target'].forEach(function (end) {
              var value = $('tie-' + end).value;
              var before = row && row.ends[end].index !== null ? String(row.ends[end].index) : '';
              if (value !== '' && value !== before) { fields[end] = Number(value); }
            });
            Object.keys(tieInputs).forEach(function (field) {
              var value = $(tieInputs[field]).value;
              if (row ? value !== (row.fields[field] || '') : value !== '') { fields[field] = value; }
            });
            var edit = { kind: 'tie', record: row ? row.record : null, digest: row ? row.digest : null, fields: remove ? {} : fields };
            if (remove) { edit.delete = true; }
            return edit;
          }
          $('tie-form').addEventListener('submit', function (event) { event.preventDefault(); send(tieEdit(false)); });
          $('tie-delete').addEventListener('click', function () { send(tieEdit(true)); });

          // MARK: downloads

          function showDownloads() {
            $('downloads-private').hidden = !showsPrivate();
            Array.prototype.forEach.call(document.querySelectorAll('#download-list a'), function (link) {
              var file = link.getAttribute('data-file');
              var extra = file.indexOf('map.') === 0 ? mapChoices() : [];
              link.setAttribute('href', url(networkPath('/download/' + file), extra));
            });
          }

          // MARK: privacy, navigation, upload

          $('show-private').addEventListener('change', function () {
            $('privacy-banner').textContent = showsPrivate() ? strings.privacyOn : '';
            actorsOfNetwork = null;
            loadList();
            if (selected) { choose(selected); }
          });
          Array.prototype.forEach.call(document.querySelectorAll('#views-nav a'), function (link) {
            link.addEventListener('click', function (event) {
              event.preventDefault();
              if (selected) { show(link.getAttribute('data-view')); }
            });
          });

          var chosenFiles = [], limit = 20000000;
          function setFiles(files) {
            chosenFiles = Array.prototype.slice.call(files);
            $('files-chosen').textContent = chosenFiles.length
              ? strings.selected + ' ' + chosenFiles.map(function (file) { return file.name; }).join(', ') : '';
          }
          function base64(buffer) {
            var bytes = new Uint8Array(buffer), text = '';
            for (var start = 0; start < bytes.length; start += 0x8000) {
              text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000));
            }
            return btoa(text);
          }
          $('add-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var status = $('add-status');
            if (!chosenFiles.length) { status.textContent = strings.chooseFiles; return; }
            var total = chosenFiles.reduce(function (sum, file) { return sum + file.size; }, 0);
            if (total > limit) { status.textContent = strings.tooLarge; return; }
            status.textContent = strings.uploading;
            Promise.all(chosenFiles.map(function (file) {
              return file.arrayBuffer().then(function (buffer) { return { name: file.name, content: base64(buffer) }; });
            })).then(function (files) {
              var name = $('network-name').value.trim(), body = { files: files };
              if (name) { body.name = name; }
              return api('/api/networks', { method: 'POST', body: JSON.stringify(body),
                headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' } });
            }).then(function (added) {
              status.textContent = strings.added + ' ' + added.name + '.';
              $('add-form').reset();
              setFiles([]);
              return loadList().then(function () { return choose(added.name); });
            }).catch(failed(status));
          });
          $('files').addEventListener('change', function (event) { setFiles(event.target.files); });
          var zone = $('drop-zone');
          ['dragenter', 'dragover'].forEach(function (type) {
            zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add('active'); });
          });
          ['dragleave', 'drop'].forEach(function (type) {
            zone.addEventListener(type, function () { zone.classList.remove('active'); });
          });
          zone.addEventListener('drop', function (event) { event.preventDefault(); setFiles(event.dataTransfer.files); });

          loadList().then(function () { document.body.setAttribute('data-ready', 'true'); });
        })();
        """#
}
