package vn.cchc.tracker.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the modules' {@code @Scheduled} jobs (the purge of expired uploads) on Spring Boot's task scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
