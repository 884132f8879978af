/// The page's style and script, served from the binary as `/app.css` and `/app.js`.
///
/// Embedded as Swift strings rather than package resources: the executable then needs no resource bundle beside
/// it, wherever it is copied. Plain CSS and dependency-free JavaScript; the script writes every text from the data
/// with `textContent` (never as markup), so a name such as `<img onerror=…>` stays text.
enum PageAssets {
    /// Colours pass WCAG AA with room to spare (text #1b1b1b on white 17:1; links and buttons #0b4f8a 8.6:1;
    /// errors #9b0d1a 8.9:1; warnings #6b4400 8.1:1); sizes in rem, so text scales with the browser's setting;
    /// a thick focus ring on every control.
    static let style = #"""
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --paper: #ffffff;
          --tint: #f1f4f8; --line: #8a96a3; --error: #9b0d1a; --warning: #6b4400; --ok: #1d5e20; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          font-size: 1rem; line-height: 1.5; color: var(--ink); background: var(--paper); }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--paper);
          border: 2px solid var(--accent); }
        .skip:focus { top: 0.5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .top, .bottom { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
          gap: 1rem; padding: 0.75rem 1.5rem; background: var(--tint); }
        .brand { margin: 0; font-weight: 700; font-size: 1.125rem; }
        .languages { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        .languages a[aria-current] { font-weight: 700; text-decoration: none; color: var(--ink); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.75rem; margin: 0.5rem 0; }
        h1 .folder { font-weight: 400; }
        h2 { font-size: 1.375rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1.125rem; margin: 1rem 0 0.5rem; }
        .tagline, .hint { color: var(--muted); }
        .hint { margin: 0.25rem 0 0; font-size: 0.9375rem; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
        .network-list { list-style: none; padding: 0; margin: 0; }
        .network-list li { margin: 0 0 0.5rem; }
        .network-list button { width: 100%; text-align: left; padding: 0.5rem 0.75rem; font: inherit; color: var(--ink);
          background: var(--paper); border: 1px solid var(--line); border-radius: 0.25rem; cursor: pointer; }
        .network-list button:hover { background: var(--tint); }
        .network-list button[aria-current="true"] { border: 2px solid var(--accent); background: var(--tint); }
        .network-list .name { display: block; font-weight: 700; }
        .network-list .meta { display: block; color: var(--muted); font-size: 0.9375rem; }
        .state-failed, .state-refused, .error { color: var(--error); }
        .state-pending, .warning { color: var(--warning); }
        .state-loaded { color: var(--ok); }
        .counts { display: grid; grid-template-columns: max-content auto; gap: 0.125rem 1rem; margin: 0.5rem 0; }
        .counts dt { font-weight: 700; }
        .counts dd { margin: 0; }
        .issues { padding-left: 1.25rem; }
        .issues li { margin-bottom: 0.375rem; }
        .field { margin: 0.75rem 0; }
        label { display: block; font-weight: 700; }
        input[type="text"] { font: inherit; padding: 0.375rem 0.5rem; width: min(100%, 28rem);
          border: 1px solid var(--line); border-radius: 0.25rem; }
        input[type="file"] { font: inherit; }
        button[type="submit"] { font: inherit; font-weight: 700; padding: 0.5rem 1.25rem; color: var(--paper);
          background: var(--accent); border: 2px solid var(--accent); border-radius: 0.25rem; cursor: pointer; }
        .drop-zone { margin: 0.75rem 0; padding: 1.25rem; border: 2px dashed var(--line); border-radius: 0.5rem;
          color: var(--muted); text-align: center; }
        .drop-zone.active { border-color: var(--accent); background: var(--tint); color: var(--ink); }
        .add-status:empty { display: none; }
        .note { padding: 0.5rem 0.75rem; border-left: 4px solid var(--warning); background: var(--tint); }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
        """#

    static let script = #"""
        (function () {
          'use strict';
          var strings = JSON.parse(document.getElementById('page-strings').textContent);
          var lang = document.documentElement.lang || 'en';
          var selected = null;

          // The token came in the address of the first load; from now on the cookie carries it. Take it out of
          // the address bar, the history and any bookmark.
          if (/[?&]token=/.test(location.search)) {
            history.replaceState(null, '', '/?lang=' + encodeURIComponent(lang));
          }

          function el(tag, attributes, children) {
            var node = document.createElement(tag);
            Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
            (children || []).forEach(function (child) {
              node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            });
            return node;
          }

          function api(path, options) {
            var url = path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + encodeURIComponent(lang);
            var settings = Object.assign({ credentials: 'same-origin', headers: { 'Accept': 'application/json' } },
                                         options || {});
            return fetch(url, settings).then(function (response) {
              return response.json().catch(function () { return {}; }).then(function (body) {
                if (!response.ok) { throw new Error(body.error || String(response.status)); }
                return body;
              });
            });
          }

          function stateText(network) {
            return { loaded: strings.loads, failed: strings.fails, refused: strings.refused,
                     pending: strings.pending }[network.state] || network.state;
          }

          function counted(n, one, many) { return n === 1 ? one : many.replace('{n}', String(n)); }

          function meta(network) {
            var kind = network.kind === 'workbook' ? strings.workbookKind : strings.folderKind;
            var parts = [network.title && network.title !== network.name
              ? kind + ' ' + strings.quoteOpen + network.name + strings.quoteClose : kind];
            if (network.date) { parts.push(strings.asOf + ' ' + network.date); }
            if (network.loads) {
              parts.push(network.actors + ' ' + strings.actors, network.ties + ' ' + strings.ties);
            }
            parts.push(stateText(network));
            if (network.errors.length) { parts.push(counted(network.errors.length, strings.oneError, strings.manyErrors)); }
            if (network.warnings.length) {
              parts.push(counted(network.warnings.length, strings.oneWarning, strings.manyWarnings));
            }
            return parts.join(' · ');
          }

          function showList(networks) {
            var list = document.getElementById('network-list');
            list.textContent = '';
            list.setAttribute('aria-busy', 'false');
            if (!networks.length) {
              list.appendChild(el('li', {}, [strings.noNetworks]));
              return;
            }
            networks.forEach(function (network) {
              var button = el('button', { type: 'button', 'data-name': network.name }, [
                el('span', { class: 'name' }, [network.title || network.name]),
                el('span', { class: 'meta state-' + network.state }, [meta(network)])
              ]);
              if (network.name === selected) { button.setAttribute('aria-current', 'true'); }
              button.addEventListener('click', function () { choose(network.name); });
              list.appendChild(el('li', {}, [button]));
            });
          }

          function loadList() {
            return api('/api/networks').then(function (body) { showList(body.networks); }).catch(function (error) {
              document.getElementById('list-status').textContent = strings.failed + ' ' + error.message;
            });
          }

          function issueList(title, issues, className) {
            var items = issues.map(function (issue) { return el('li', { class: className }, [issue.text]); });
            return [el('h3', {}, [title + ' (' + issues.length + ')']), el('ul', { class: 'issues' }, items)];
          }

          function showCheck(network) {
            var details = document.getElementById('check-details');
            details.textContent = '';
            var title = network.title || network.name;
            var heading = strings.checkOf + ' ' + title + (network.date ? ' (' + strings.asOf + ' ' + network.date + ')' : '');
            details.appendChild(el('h3', {}, [heading]));
            if (network.loads) {
              var counts = el('dl', { class: 'counts' }, []);
              [[strings.actors, network.actors], [strings.ties, network.ties],
               [strings.privatePersons, network.privatePersons]].forEach(function (row) {
                counts.appendChild(el('dt', {}, [row[0]]));
                counts.appendChild(el('dd', {}, [String(row[1])]));
              });
              if (network.home) {
                counts.appendChild(el('dt', {}, [strings.homeOffice]));
                counts.appendChild(el('dd', {}, [network.home]));
              }
              details.appendChild(counts);
              [[strings.actorsByType, network.actorsByType], [strings.tiesByKind, network.tiesByKind]].forEach(function (group) {
                if (!group[1].length) { return; }
                details.appendChild(el('h3', {}, [group[0]]));
                var table = el('dl', { class: 'counts' }, []);
                group[1].forEach(function (entry) {
                  table.appendChild(el('dt', {}, [entry.label]));
                  table.appendChild(el('dd', {}, [String(entry.count)]));
                });
                details.appendChild(table);
              });
            }
            if (network.errors.length) {
              issueList(strings.errors, network.errors, 'error').forEach(function (node) { details.appendChild(node); });
            }
            if (network.warnings.length) {
              issueList(strings.warnings, network.warnings, 'warning').forEach(function (node) { details.appendChild(node); });
            }
            if (!network.errors.length && !network.warnings.length) {
              details.appendChild(el('p', { class: 'state-loaded' }, [strings.noIssues]));
            }
            document.getElementById('check-status').textContent = heading + ': ' + meta(network);
          }

          function choose(name) {
            selected = name;
            Array.prototype.forEach.call(document.querySelectorAll('#network-list button'), function (button) {
              if (button.getAttribute('data-name') === name) { button.setAttribute('aria-current', 'true'); }
              else { button.removeAttribute('aria-current'); }
            });
            document.getElementById('check-status').textContent = strings.loading;
            return api('/api/networks/' + encodeURIComponent(name)).then(showCheck).catch(function (error) {
              document.getElementById('check-status').textContent = strings.failed + ' ' + error.message;
            });
          }

          // Uploads: the chosen or dropped files travel as base64 in one JSON request, so the network arrives whole.
          var chosenFiles = [];
          var limit = 20000000;

          function setFiles(files) {
            chosenFiles = Array.prototype.slice.call(files);
            document.getElementById('files-chosen').textContent = chosenFiles.length
              ? strings.selected + ' ' + chosenFiles.map(function (file) { return file.name; }).join(', ') : '';
          }

          function base64(buffer) {
            var bytes = new Uint8Array(buffer), text = '';
            for (var start = 0; start < bytes.length; start += 0x8000) {
              text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000));
            }
            return btoa(text);
          }

          function upload(event) {
            event.preventDefault();
            var status = document.getElementById('add-status');
            if (!chosenFiles.length) { status.textContent = strings.chooseFiles; return; }
            var total = chosenFiles.reduce(function (sum, file) { return sum + file.size; }, 0);
            if (total > limit) { status.textContent = strings.tooLarge; return; }
            status.textContent = strings.uploading;
            Promise.all(chosenFiles.map(function (file) {
              return file.arrayBuffer().then(function (buffer) { return { name: file.name, content: base64(buffer) }; });
            })).then(function (files) {
              var name = document.getElementById('network-name').value.trim();
              var body = { files: files };
              if (name) { body.name = name; }
              return api('/api/networks', { method: 'POST', body: JSON.stringify(body),
                headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' } });
            }).then(function (network) {
              status.textContent = strings.added + ' ' + network.name + '.';
              document.getElementById('add-form').reset();
              setFiles([]);
              return loadList().then(function () { return choose(network.name); });
            }).catch(function (error) {
              status.textContent = strings.failed + ' ' + error.message;
            });
          }

          document.getElementById('files').addEventListener('change', function (event) { setFiles(event.target.files); });
          document.getElementById('add-form').addEventListener('submit', upload);
          var zone = document.getElementById('drop-zone');
          ['dragenter', 'dragover'].forEach(function (type) {
            zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add('active'); });
          });
          ['dragleave', 'drop'].forEach(function (type) {
            zone.addEventListener(type, function () { zone.classList.remove('active'); });
          });
          zone.addEventListener('drop', function (event) {
            event.preventDefault();
            setFiles(event.dataTransfer.files);
          });

          loadList().then(function () { document.body.setAttribute('data-ready', 'true'); });
        })();
        """#
}
