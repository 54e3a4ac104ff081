package vn.cchc.tracker.importing.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.cchc.tracker.importing.ImportProperties;

/**
 * The servlet container's upload limit follows the import's: at least {@value #FACTOR} times
 * {@code cchc.import.max-file-size} (and never below {@code spring.servlet.multipart.max-file-size}). So raising
 * the import limit is enough — a file just over it is refused by the import itself, with row-free “file larger than
 * …” wording — and a full-data backup, which may be larger than one results file, fits. Files beyond even this
 * limit end in {@code MaxUploadSizeExceededException}, which the upload pages and the import API turn into the same
 * message.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

    static final int FACTOR = 4;
    private static final long REQUEST_OVERHEAD = DataSize.ofMegabytes(1).toBytes();

    /** First of all filters: before the session, security and language filters read any parameter. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, ImportProperties imports) {
        long fileMax = Math.max(
                multipart.getMaxFileSize().toBytes(), imports.maxFileSize().toBytes() * FACTOR);
        long requestMax = Math.max(multipart.getMaxRequestSize().toBytes(), fileMax + REQUEST_OVERHEAD);
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(fileMax));
        factory.setMaxRequestSize(DataSize.ofBytes(requestMax));
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        factory.setLocation(multipart.getLocation());
        return factory.createMultipartConfig();
    }
}
