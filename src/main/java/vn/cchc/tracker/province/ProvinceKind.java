package vn.cchc.tracker.province;

/** Tỉnh or thành phố trực thuộc trung ương. */
public enum ProvinceKind {
    PROVINCE,
    CITY
}
