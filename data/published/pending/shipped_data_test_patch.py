p='src/test/java/vn/cchc/tracker/shipped/ShippedDataTest.java'
s=open(p).read()
s=s.replace("""    void shipsTheSixDakNongMeasurementsFromTheBaoDakNongArticle() {
        List<Measurement> all = measurements.findAll();

        assertThat(all).hasSize(6);
        assertThat(measurements.findByProvinceCode(DAK_NONG))""","""    void shipsTheSixDakNongMeasurementsFromTheBaoDakNongArticle() {
        // beside the published national results of V61 (PublishedResultsTest), which are written by 'system'
        List<Measurement> all = ownResults(measurements.findAll());

        assertThat(all).hasSize(6);
        assertThat(ownResults(measurements.findByProvinceCode(DAK_NONG)))""")
s=s.replace("""        assertThat(measurements.findByProvinceCode(DAK_NONG)).hasSize(6).allSatisfy(m -> {""","""        assertThat(ownResults(measurements.findByProvinceCode(DAK_NONG))).hasSize(6).allSatisfy(m -> {""")
s=s.replace("""    // --- indicator catalogue ---""","""    /** The results shipped with the four provinces' documents, not the published national ones. */
    private static List<Measurement> ownResults(List<Measurement> all) {
        return all.stream().filter(m -> !m.getCreatedBy().equals("system")).toList();
    }

    // --- indicator catalogue ---""",1)
open(p,'w').write(s)
