/**
 * Reading and writing table files with no knowledge of the domain: CSV (encodings, delimiters, byte order
 * mark) and XLSX (values only, no formulas, zip-bomb limits) into rows of text cells, header mapping, the problems a
 * file can have, and writing tables as CSV or XLSX downloads.
 * <p>Entry points: {@code TableFileReader}, {@code HeaderMapping}, {@code Exports}, {@code FileResponses}. Its own
 * problems are {@code FileProblem}s; a feature that reads rows names what they mean with its own {@code ProblemKind}s.
 */
@ApplicationModule(allowedDependencies = {"support"})
package vn.cchc.tracker.tablefile;

import org.springframework.modulith.ApplicationModule;
