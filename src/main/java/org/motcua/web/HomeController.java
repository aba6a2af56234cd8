package org.motcua.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: who is signed in, their unit and roles, and the entry points their roles allow.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication auth, Model model) {
		return "home";
	}
}
