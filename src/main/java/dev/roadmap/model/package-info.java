/**
 * The roadmap as records: what a file says, with the source position of every element. Depends on
 * the JDK only.
 */
package dev.roadmap.model;
