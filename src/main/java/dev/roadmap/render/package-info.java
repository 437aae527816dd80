/**
 * Pure renderers: records in, text out. Lines end with {@code \n}, output ends with a newline, and
 * nothing depends on the clock or on map order.
 */
package dev.roadmap.render;
