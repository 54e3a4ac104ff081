p='src/test/java/vn/cchc/tracker/testing/TestKindsTest.java'
s=open(p).read()
s=s.replace('''            "migrates a schema of its own with Flyway from V42, as an installation is upgraded");''','''            "migrates a schema of its own with Flyway from V42, as an installation is upgraded",
            "vn.cchc.tracker.shipped.PublishedResultsUpgradeTest",
            "migrates a schema of its own with Flyway from V60, as an installation is upgraded");''')
open(p,'w').write(s)
