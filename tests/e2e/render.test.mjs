// How the panel and the www page write values (extension/render.js), in Node:
// the formatting needs no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue } from '../../extension/render.js';

test('money: one amount, a range, a floor', () => {
  assert.equal(formatValue({ min: 4e7, max: 4e7, currency: 'USD' }, 'en'), '$40M');
  assert.equal(formatValue({ min: 1e7, max: 1e8, currency: 'CNY' }, 'en'), 'CN¥10M – CN¥100M');
  assert.equal(formatValue({ min: 3e9, max: null, currency: 'CNY' }, 'en'), 'CN¥3B+');
  assert.equal(formatValue({ min: 1.25e6, max: 1.25e6, currency: 'EUR' }, 'en'), '€1.25M');
});

test('headcounts and plain values', () => {
  assert.equal(formatValue({ min: 500, max: null }, 'en'), '500+');
  assert.equal(formatValue({ min: 51, max: 200 }, 'en'), '51–200');
  assert.equal(formatValue({ min: 300, max: 300 }, 'en'), '300');
  assert.equal(formatValue(null, 'en'), '');
});
