package vn.cchc.tracker.importing.publication.web;

import vn.cchc.tracker.importing.publication.PublicationRequest;

/** The upload form of a published table: the fields as typed, checked by {@link PublicationRequest#read}. */
public class PublicationForm {

    private String family;
    private String year;
    private String publisher;
    private String publication;
    private String url;

    PublicationRequest toRequest() {
        return PublicationRequest.read(family, year, publisher, publication, url);
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
