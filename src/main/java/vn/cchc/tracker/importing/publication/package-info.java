/**
 * Importing a published national table — one row per province with its score, rank and group as the publisher
 * printed them — for one index (PCI, PAPI, PAR Index, SIPAS) and year, in one step: columns recognised by their
 * headers as people write them ({@code PublicationColumn}), provinces by their names as people write them
 * ({@code province.ProvinceNameMatcher}, among the units of the year), values by the import's grammar
 * ({@code indicator.ValueRules}); a preview of every match, and a write of all values or none through
 * {@code measurement.MeasurementWriteService}, audited as one import, each value carrying the publication, its
 * publisher and address.
 * <p>A sub-area of {@code importing}: it shares its uploads ({@code ImportUploads}), limits and file readers.
 * Pages {@code /admin/publications…} (admins) in {@code web}.
 */
package vn.cchc.tracker.importing.publication;
