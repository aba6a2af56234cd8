package org.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MotCua: the platform on which People's Committees run the one-stop shop and administrative reform.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class MotCuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotCuaApplication.class, args);
	}
}
