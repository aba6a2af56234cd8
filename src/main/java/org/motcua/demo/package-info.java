/**
 * The demo dataset, loaded on the first start when demo data is on (the default profile; never in
 * {@code prod}). Everything it creates is labelled as demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
@org.jspecify.annotations.NullMarked
package org.motcua.demo;
