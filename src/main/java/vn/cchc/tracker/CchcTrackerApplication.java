package vn.cchc.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CchcTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CchcTrackerApplication.class, args);
    }
}
