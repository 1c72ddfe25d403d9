// The self-check page's script (inlined into quiz/page.ftlh): scores each checked question the way the engine
// does (quizzes/README.md, "Scoring"), keeps the score so far, and exports an attempt file for `grader quiz grade`.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('quiz-data').textContent);
  var attempt = data.attempt, words = data.words;
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.question'));
  var earned = sections.map(function () { return null; });
  var current = 0, all = false;
  var $ = function (id) { return document.getElementById(id); };

  function show() {
    sections.forEach(function (s, i) { s.hidden = !all && i !== current; });
    $('pager').hidden = all;
    $('prev').disabled = current === 0;
    $('next').disabled = current === sections.length - 1;
    $('position').textContent = (current + 1) + ' / ' + sections.length;
    $('mode').textContent = all ? $('mode').dataset.one : $('mode').dataset.all;
  }
  function letterOf(q, id) { return String.fromCharCode(65 + q.options.indexOf(id)); }
  function response(i) {
    var s = sections[i], q = attempt.questions[i];
    if (q.type === 'single' || q.type === 'multiple') {
      var ids = [];
      s.querySelectorAll('input').forEach(function (inp) { if (inp.checked) { ids.push(inp.value); } });
      return ids.length ? { options: ids, letters: ids.map(function (id) { return letterOf(q, id); }) } : null;
    }
    if (q.type === 'truefalse') {
      var c = s.querySelector('input:checked');
      return c ? { answer: c.value === 'true' } : null;
    }
    var v = s.querySelector('input.number').value.trim();
    var x = Number(v);
    return v !== '' && isFinite(x) ? { answer: x } : null;
  }
  function fraction(q, r) {
    var k = q.key;
    if (q.type === 'single') { return r.options.length === 1 && r.options[0] === k.options[0] ? 1 : 0; }
    if (q.type === 'truefalse') { return r.answer === k.answer ? 1 : 0; }
    if (q.type === 'numeric') { return Math.abs(r.answer - k.answer) <= k.abs + k.rel * Math.abs(k.answer) ? 1 : 0; }
    var n = q.options.length, c = k.options.length, t = 0, f = 0;
    r.options.forEach(function (id) { if (k.options.indexOf(id) >= 0) { t++; } else { f++; } });
    var m = f + (c - t);
    switch (k.scheme) {
      case 'net-correct': return Math.max(0, (t - f) / c);
      case 'per-decision': return (n - m) / n;
      case 'ps50': return m === 0 ? 1 : m === 1 ? 0.5 : 0;
      default: return m === 0 ? 1 : 0;
    }
  }
  function format(p) { return p === Math.round(p) ? String(p) : p.toFixed(2); }
  function check(i) {
    var s = sections[i], q = attempt.questions[i], r = response(i), note = s.querySelector('.note');
    if (!r) { note.textContent = words.answerFirst; note.hidden = false; return; }
    note.hidden = true;
    var fr = fraction(q, r);
    earned[i] = fr * q.points;
    s.querySelectorAll('input').forEach(function (inp) { inp.disabled = true; });
    s.querySelector('.check').disabled = true;
    if (q.options) {
      s.querySelectorAll('li.option').forEach(function (li) {
        var id = li.dataset.option, ticked = r.options.indexOf(id) >= 0, correct = q.key.options.indexOf(id) >= 0;
        li.classList.toggle('ticked', ticked);
        li.classList.toggle('correct', correct);
        var fb = li.querySelector('.option-feedback');
        if (ticked !== correct) {
          fb.querySelector('.mistake').textContent = (ticked ? words.wronglyTicked : words.missed)
              .replace('{letter}', li.dataset.letter);
          fb.hidden = false;
        }
      });
    } else if (q.type === 'truefalse') {
      s.querySelectorAll('li.option').forEach(function (li) {
        li.classList.toggle('ticked', String(r.answer) === li.dataset.option);
        li.classList.toggle('correct', String(q.key.answer) === li.dataset.option);
      });
    }
    var verdict = s.querySelector('.verdict');
    verdict.className = 'verdict ' + (fr >= 1 ? 'right' : fr > 0 ? 'partly' : 'wrong');
    verdict.textContent = (fr >= 1 ? words.right : fr > 0 ? words.partly : words.wrong) + ' '
        + format(earned[i]) + ' / ' + format(q.points) + ' ' + words.points;
    s.querySelector('.result').hidden = false;
    var sum = 0, n = 0;
    earned.forEach(function (e) { if (e !== null) { sum += e; n++; } });
    $('score-points').textContent = format(sum);
    $('score-points').dataset.exact = String(sum);
    $('checked-count').textContent = String(n);
  }
  function exportAnswers() {
    var out = JSON.parse(JSON.stringify(attempt));
    out.questions.forEach(function (q, i) {
      var r = response(i);
      if (r) { q.response = r; } else { delete q.response; }
    });
    var blob = new Blob([JSON.stringify(out, null, 2) + '\n'], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = $('export').dataset.file;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  sections.forEach(function (s, i) { s.querySelector('.check').addEventListener('click', function () { check(i); }); });
  $('prev').addEventListener('click', function () { if (current > 0) { current--; show(); } });
  $('next').addEventListener('click', function () { if (current < sections.length - 1) { current++; show(); } });
  $('mode').addEventListener('click', function () { all = !all; show(); });
  $('export').addEventListener('click', exportAnswers);
  show();
}());
