import { installCustomFunctions } from "./customFunctions";

installCustomFunctions();
